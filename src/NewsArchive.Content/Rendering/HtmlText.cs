using System.Text;

namespace NewsArchive.Content.Rendering;

/// <summary>
/// Escapes text for HTML by the five characters that matter and nothing else: the usual encoders turn every
/// Vietnamese letter into a numeric entity, which bloats pages and breaks searching the page source.
/// </summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '&': html.Append("&amp;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
        return html.ToString();
    }
}
