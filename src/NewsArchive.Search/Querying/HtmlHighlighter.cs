using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Search.Querying;

/// <summary>Marks searched words inside an article's rendered HTML, touching only text between tags.</summary>
public static partial class HtmlHighlighter
{
    /// <summary>
    /// Characters of text looked at for words to mark, far more than any news article; past it the HTML goes out
    /// as it is, so a huge file opened with <c>?hl=</c> costs no more per request than an ordinary one.
    /// </summary>
    public const int MaxMarkedText = 200_000;

    public static string Highlight(string html, QueryText query)
    {
        if (!query.HasWords) return html;
        var result = new StringBuilder(html.Length + 128);
        var budget = MaxMarkedText;
        var position = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            budget = AppendText(result, html[position..tag.Index], query, budget);
            result.Append(tag.Value);
            position = tag.Index + tag.Length;
            if (budget == 0) break;
        }
        if (budget > 0) AppendText(result, html[position..], query, budget);
        else result.Append(html, position, html.Length - position);
        return result.ToString();
    }

    /// <returns>What is left of the budget after this text.</returns>
    private static int AppendText(StringBuilder result, string escaped, QueryText query, int budget)
    {
        if (escaped.Length == 0) return budget;
        var marked = escaped;
        if (escaped.Length > budget)
        {
            // Cut at white space, which no character reference contains, so the rest is copied intact.
            var cut = escaped.LastIndexOf(' ', budget);
            marked = cut <= 0 ? "" : escaped[..cut];
        }
        if (marked.Length > 0) result.Append(Snippets.MarkAll(WebUtility.HtmlDecode(marked), query));
        result.Append(escaped, marked.Length, escaped.Length - marked.Length);
        return marked.Length == escaped.Length ? budget - escaped.Length : 0;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
