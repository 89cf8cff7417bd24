using AngleSharp.Html.Parser;
using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;
using NewsArchive.Content.Rendering;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Rendering;

/// <summary>Article bodies as HTML a browser can show safely, in readable Vietnamese.</summary>
public sealed class ArticleRendererTests
{
    private readonly ArticleRenderer _renderer = new();

    private string Html(string markdown) => _renderer.ToHtml(new MarkdownBody(markdown));

    private string Html(params TextBlock[] blocks) => _renderer.ToHtml(new PlainTextBody(blocks));

    [Fact]
    public void Raw_script_in_markdown_is_shown_as_text_not_run()
    {
        var html = Html("Tin mới.\n\n<script>alert(1)</script>\n\nHết tin.");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Hết tin.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Javascript_links_get_no_javascript_href()
    {
        var html = Html("Bấm [vào đây](javascript:alert(1)) để xem.");

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("vào đây", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ảnh: <img src=x onerror=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">Bấm vào</div>")]
    [InlineData("![ảnh](https://baohue.example/a.jpg \"t\\\" onerror=\\\"alert(1)\")")]
    public void No_element_in_the_output_has_an_event_handler(string markdown)
    {
        var html = Html(markdown);

        var document = new HtmlParser().ParseDocument(html);
        var handlers = document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(handlers);
        Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_and_emphasis_render()
    {
        var html = Html("Theo **Báo Huế**, xem _chi tiết_ [tại đây](https://baohue.example/bai-1).");

        Assert.Contains("<strong>Báo Huế</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>chi tiết</em>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://baohue.example/bai-1\"", html, StringComparison.Ordinal);
        Assert.Contains(">tại đây</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_from_markdown_load_lazily()
    {
        var html = Html("![Cầu Trường Tiền](https://baohue.example/cau.jpg)");

        Assert.Contains("src=\"https://baohue.example/cau.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Cầu Trường Tiền\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_keeps_the_size_its_file_gives_so_the_text_does_not_jump_while_it_loads()
    {
        var html = Html("Cầu mới nối đôi bờ.\n\n![Cầu Vàm Cống](https://tuoitre.example/cau-vam-cong.jpg){width=640 height=427}");

        var img = new HtmlParser().ParseDocument(html).QuerySelector("img")!;
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Equal("427", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("Cầu Vàm Cống", img.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("{width=50% height=auto}")]
    [InlineData("{width=0 height=-3}")]
    [InlineData("{width=\"640px\" height=\"1e9\"}")]
    public void A_size_that_is_not_whole_pixels_is_left_out(string attributes)
    {
        var html = Html($"![Ruộng lúa](https://nongnghiep.example/lua.jpg){attributes}");

        var img = new HtmlParser().ParseDocument(html).QuerySelector("img")!;
        Assert.Null(img.GetAttribute("width"));
        Assert.Null(img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
    }

    [Fact]
    public void An_id_written_in_the_file_cannot_take_the_page_s_own()
    {
        var html = Html("## Diễn biến {#main}\n\nĐoạn văn[^1].\n\n[^1]: Ghi chú.");

        var document = new HtmlParser().ParseDocument(html);
        Assert.False(document.QuerySelector("h2")!.HasAttribute("id"));
        Assert.NotNull(document.GetElementById("fn:1"));
    }

    [Fact]
    public void Footnotes_and_tables_render_with_working_links()
    {
        var html = Html("Số liệu[^1] như sau:\n\n| Tỉnh | Số ca |\n|---|---|\n| Huế | 12 |\n\n[^1]: Theo Sở Y tế.");

        Assert.Contains("href=\"#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Huế</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_markdown_never_breaks_the_page()
    {
        using var folder = new TempFolder();
        var path = folder.Write("long-nhau.md", "---\ntitle: Trích dẫn lồng nhau\n---\n" + new string('>', 200) + " Lời kể.\n");
        Article article;
        try
        {
            article = new ArticleFileReader(new SourceDirectory()).Read(path, "long-nhau.md", out _);
        }
        catch (ArticleFileException)
        {
            return; // rejecting the file is as good as rendering it
        }

        Assert.Contains("Lời kể.", _renderer.ToHtml(article.Body), StringComparison.Ordinal);
        Assert.Contains("Lời kể.", ArticleRenderer.Excerpt(article.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Vietnamese_letters_are_written_as_characters_not_entities()
    {
        var markdown = Html("**Sáng** nay, đồng bào Ê Đê ở Đắk Lắk mừng lúa mới.");
        var plain = Html(new TextBlock(TextBlockKind.Paragraph, "Sáng nay, đồng bào Ê Đê ở Đắk Lắk mừng lúa mới."));

        foreach (var html in new[] { markdown, plain })
        {
            Assert.Contains("Sáng", html, StringComparison.Ordinal);
            Assert.Contains("đồng bào Ê Đê ở Đắk Lắk", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&#", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plain_text_captions_and_paragraphs_render_as_their_own_paragraphs()
    {
        var html = Html(
            new TextBlock(TextBlockKind.Paragraph, "Sáng 1/6, thiếu nhi vui Tết."),
            new TextBlock(TextBlockKind.Caption, "Các em tham gia trò chơi dân gian"));

        Assert.Contains("<p>Sáng 1/6, thiếu nhi vui Tết.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"caption\">Các em tham gia trò chơi dân gian</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_a_plain_text_body_is_shown_as_text()
    {
        var html = Html(new TextBlock(TextBlockKind.Paragraph, "Giá <b>tăng</b> & \"nóng\" 'lên'"));

        Assert.Contains("Giá &lt;b&gt;tăng&lt;/b&gt; &amp; &quot;nóng&quot; &#39;lên&#39;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_cuts_a_long_opening_at_a_word_boundary_with_an_ellipsis()
    {
        var opening = string.Join(' ', Enumerable.Repeat("Sáng nay, người dân khắp nơi đổ về quảng trường.", 10));
        var body = new PlainTextBody([new TextBlock(TextBlockKind.Paragraph, opening)]);

        var excerpt = ArticleRenderer.Excerpt(body, maxLength: 100);

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        var kept = excerpt[..^1];
        Assert.InRange(kept.Length, 51, 100);
        Assert.StartsWith(kept, opening, StringComparison.Ordinal);
        Assert.Equal(' ', opening[kept.Length]);
    }

    [Fact]
    public void Excerpt_drops_a_dangling_comma_before_the_ellipsis()
    {
        var body = new PlainTextBody([new TextBlock(TextBlockKind.Paragraph, "Sáng nay ở Huế, trời mưa rất to suốt buổi sáng.")]);

        Assert.Equal("Sáng nay ở Huế…", ArticleRenderer.Excerpt(body, maxLength: 16));
    }

    [Fact]
    public void Excerpt_of_a_short_opening_is_the_whole_opening()
    {
        var body = new PlainTextBody([
            new TextBlock(TextBlockKind.Paragraph, "Trời   nắng\tđẹp."),
            new TextBlock(TextBlockKind.Paragraph, "Đoạn thứ hai."),
        ]);

        Assert.Equal("Trời nắng đẹp.", ArticleRenderer.Excerpt(body));
    }

    [Fact]
    public void Excerpt_of_markdown_is_plain_text()
    {
        var excerpt = ArticleRenderer.Excerpt(new MarkdownBody("**Sáng nay**, xem [bài gốc](https://baohue.example/a)."));

        Assert.Equal("Sáng nay, xem bài gốc.", excerpt);
    }

    [Fact]
    public void Excerpt_collapses_any_run_of_blanks_however_long()
    {
        var opening = "Mở đầu" + new string(' ', 5000) + "phần\u00A0sau\n\tcủa bài. ";
        var body = new PlainTextBody([new TextBlock(TextBlockKind.Paragraph, opening)]);

        Assert.Equal("Mở đầu phần sau của bài.", ArticleRenderer.Excerpt(body));
    }

    [Fact]
    public void Excerpt_from_plain_text_at_hand_matches_the_one_worked_out_from_markdown()
    {
        var body = new MarkdownBody("# Tin nhanh\n\n**Sáng nay** mưa lớn ở [Huế](https://baohue.example/a), " + string.Join(' ', Enumerable.Repeat("nước sông Hương dâng cao.", 40)));

        Assert.Equal(ArticleRenderer.Excerpt(body), ArticleRenderer.Excerpt(body, ArticleRenderer.ToPlainText(body)));
        Assert.EndsWith("…", ArticleRenderer.Excerpt(body), StringComparison.Ordinal);
    }
}
