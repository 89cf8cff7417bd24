using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>A web page's words written as Markdown that reads back as the same words.</summary>
internal static class MarkdownText
{
    /// <summary>Emphasis markers must touch the words, so spaces inside the element go outside the markers.</summary>
    public static string Wrap(string inner, string open, string? close = null)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0) return inner;
        var before = inner.Length > 0 && char.IsWhiteSpace(inner[0]) ? " " : "";
        var after = inner.Length > 0 && char.IsWhiteSpace(inner[^1]) ? " " : "";
        return before + open + trimmed + (close ?? open) + after;
    }

    public static string WhiteSpaceAsSpace(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text) result.Append(char.IsWhiteSpace(c) ? ' ' : c);
        return result.ToString();
    }

    /// <summary>Every character Markdown could read as markup is escaped: the page's words stay words.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|' or '~' or '^' or '&' or '{' or '}' or '+' or '-' or '=')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
