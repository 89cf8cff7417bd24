using System.Text;

namespace NewsArchive.Search.Tests.Support;

/// <summary>Article files as an editor writes them: Markdown with front matter.</summary>
public static class ArticleText
{
    public static string Markdown(string title, string body, string? date = null, string? source = null, string? slug = null)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quoted(title)).Append('\n');
        if (date is not null) text.Append("date: ").Append(date).Append('\n');
        if (source is not null) text.Append("source: ").Append(Quoted(source)).Append('\n');
        if (slug is not null) text.Append("slug: ").Append(slug).Append('\n');
        text.Append("---\n").Append(body).Append('\n');
        return text.ToString();
    }

    /// <summary>A file the reader refuses: its front matter is never closed.</summary>
    public const string Broken = "---\ntitle: Bài viết dở dang\n\nThân bài không có dòng đóng phần đầu.\n";

    private static string Quoted(string value) => "'" + value.Replace("'", "''") + "'";
}
