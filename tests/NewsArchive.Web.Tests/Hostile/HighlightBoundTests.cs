using NewsArchive.Search.Querying;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// <c>?hl=</c> marks words in the article's text, up to a bound: opening a huge article with a highlight costs a
/// request no more marking work than an ordinary one, and the whole text is still there.
/// </summary>
public sealed class HighlightBoundTests(HighlightBoundTests.HugeArticle fixture) : IClassFixture<HighlightBoundTests.HugeArticle>
{
    private const int Paragraphs = 2_000;

    public sealed class HugeArticle : FolderSite
    {
        protected override void Write(TempFolder content)
        {
            var body = string.Join("\n\n", Enumerable.Range(1, Paragraphs).Select(i =>
                $"Đoạn {i}: nước lũ dâng cao ở các xã ven sông Tiền, bà con khẩn trương kê cao đồ đạc và di dời gia súc lên vùng đất cao ráo an toàn hơn."));
            content.Write("lu-lon.md", $"---\ntitle: Nhật ký mùa lũ\ndate: 2024-10-01\n---\n{body}\n");
        }
    }

    [Fact]
    public async Task Words_are_marked_at_the_start_of_a_huge_article_but_not_past_the_bound()
    {
        var page = await fixture.Client.GetPageAsync("/articles/nhat-ky-mua-lu?hl=" + Uri.EscapeDataString("nước lũ"));

        var paragraphs = page.QuerySelectorAll(".article-body p");
        Assert.Equal(Paragraphs, paragraphs.Length);
        Assert.NotNull(paragraphs[0].QuerySelector("mark"));
        Assert.Null(paragraphs[^1].QuerySelector("mark"));
        Assert.StartsWith($"Đoạn {Paragraphs}: nước lũ dâng cao", paragraphs[^1].TextContent, StringComparison.Ordinal);
        var markedText = paragraphs.TakeWhile(p => p.QuerySelector("mark") is not null).Sum(p => p.TextContent.Length);
        Assert.InRange(markedText, 1, HtmlHighlighter.MaxMarkedText);
    }

    [Fact]
    public void A_single_huge_paragraph_is_marked_up_to_the_bound_and_kept_whole()
    {
        var text = string.Concat(Enumerable.Repeat("nước lũ &amp; phù sa ", 50_000));
        var html = "<p>" + text + "</p>";

        var marked = HtmlHighlighter.Highlight(html, QueryText.Parse("phù sa"));

        Assert.StartsWith("<p>nước lũ &amp; <mark>phù sa</mark>", marked, StringComparison.Ordinal);
        Assert.EndsWith("nước lũ &amp; phù sa </p>", marked, StringComparison.Ordinal);
        Assert.Equal(html.Length, marked.Replace("<mark>", "").Replace("</mark>", "").Length);
    }
}
