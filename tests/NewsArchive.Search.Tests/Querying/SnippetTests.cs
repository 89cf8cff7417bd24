using NewsArchive.Search.Tests.Support;
using C = NewsArchive.Search.Tests.Support.SearchCorpus;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>Each result shows the passage with the searched words marked, safe to put in a page as it is.</summary>
public sealed class SnippetTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private string Snippet(string query, string title) =>
        corpus.Hits(query).Single(h => h.Title == title).Snippet ?? throw new InvalidOperationException("no snippet");

    [Theory]
    [InlineData("hòa bình")]
    [InlineData("hoa binh")]
    [InlineData("HOÀ BÌNH")]
    public void The_searched_words_are_marked_as_one_run_however_they_were_typed(string query)
    {
        Assert.Contains("mong mỏi <mark>hòa bình</mark> lâu dài", Snippet(query, C.Peace));
    }

    [Fact]
    public void Typed_tones_mark_only_that_spelling()
    {
        var snippet = Snippet("bán", C.Selling);

        Assert.Contains("cần <mark>bán</mark> gấp", snippet);
        Assert.Contains("rồi bàn giao", snippet);
    }

    [Fact]
    public void The_title_is_marked_too()
    {
        var hit = corpus.Hits("cao tốc")[0];

        Assert.Equal("Khởi công <mark>cao tốc</mark> miền Tây", hit.TitleHtml);
    }

    [Fact]
    public void Tags_written_in_the_text_are_escaped_not_rendered()
    {
        var snippet = Snippet("in đậm", C.HtmlTags);

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", snippet);
        Assert.DoesNotContain("<b>", snippet);
        Assert.Contains("<mark>in đậm</mark>", snippet);
    }

    [Fact]
    public void Vietnamese_letters_are_text_not_numeric_entities()
    {
        var snippets = corpus.Hits("đội tuyển").Select(h => h.Snippet + h.TitleHtml).ToList();

        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.DoesNotMatch("&#(x[0-9a-fA-F]+|[0-9]{3,});", s));
        Assert.Contains(snippets, s => s.Contains("<mark>Đội tuyển</mark> bóng đá nữ", StringComparison.Ordinal));
    }

    [Fact]
    public void Browsing_without_words_has_no_snippet_and_an_unmarked_title()
    {
        var hit = corpus.Hits(null).First(h => h.Title == C.HtmlTags);

        Assert.Null(hit.Snippet);
        Assert.Equal(C.HtmlTags, hit.TitleHtml);
        Assert.StartsWith("Người viết gõ thẻ <b>x</b>", hit.Excerpt); // plain text: the page escapes it
    }
}
