using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Search.Querying;

/// <summary>Marks searched words inside an article's rendered HTML, touching only text between tags.</summary>
public static partial class HtmlHighlighter
{
    public static string Highlight(string html, QueryText query)
    {
        if (!query.HasWords) return html;
        var result = new StringBuilder(html.Length + 128);
        var position = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            AppendText(result, html[position..tag.Index], query);
            result.Append(tag.Value);
            position = tag.Index + tag.Length;
        }
        AppendText(result, html[position..], query);
        return result.ToString();
    }

    private static void AppendText(StringBuilder result, string escaped, QueryText query)
    {
        if (escaped.Length == 0) return;
        result.Append(Snippets.MarkAll(WebUtility.HtmlDecode(escaped), query));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
