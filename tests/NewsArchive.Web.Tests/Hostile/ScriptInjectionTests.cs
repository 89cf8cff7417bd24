using System.Text.Json;
using AngleSharp.Dom;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Nothing a reader types or an article file holds runs as script: queries are escaped wherever they are echoed,
/// article HTML keeps no script, handler or script link, and the policy forbids inline script anyway.
/// </summary>
public sealed class ScriptInjectionTests(ScriptInjectionTests.Articles fixture) : IClassFixture<ScriptInjectionTests.Articles>
{
    private const string Attack = "\"'><script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>";
    private const string TitleAttack = "Tin nóng </script><script>alert(4)</script> hôm nay";

    public sealed class Articles : FolderSite
    {
        protected override ArchiveSite Configure(ArchiveSite site) => site.With("Archive:SearchRateLimit", "0");

        protected override void Write(TempFolder content)
        {
            content.Write("tieu-de-doc.md", $"---\ntitle: \"{TitleAttack.Replace("\"", "\\\"")}\"\nslug: tieu-de-doc\ndate: 2024-06-01\nsummary: \"</script><script>alert(5)</script>\"\ntags: [\"<b onmouseover=alert(6)>thẻ</b>\"]\n---\nBài có tiêu đề chứa mã.\n");
            content.Write("than-bai-doc.md", """
                ---
                title: Thân bài chứa liên kết độc
                slug: than-bai-doc
                date: 2024-06-02
                ---
                [một](javascript:alert(1)) [hai](JaVaScRiPt:alert(2)) [ba]( javascript:alert(3)) [bốn](java&#x73;cript:alert(4))
                [năm](vbscript:msgbox(5)) [sáu](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)
                ![ảnh](javascript:alert(7)) <a href="javascript:alert(8)">tám</a> <img src=x onerror=alert(9)>
                <iframe src="https://example.vn"></iframe> <object data="x"></object> <style>body{display:none}</style>

                [Tin gốc](https://baocantho.com.vn/tin-goc.html)
                """);
            content.Write("nguon-doc.txt", """
                Nguồn tin có liên kết lạ

                Sáng 3/6/2024, hội nghị bàn về mùa nước nổi ở đầu nguồn.

                Nguồn Báo Giả: javascript:alert(10)
                """);
        }
    }

    /// <summary>Script that would run: any script element but the site's own file and JSON-LD data, and any handler attribute.</summary>
    private static void AssertNothingRuns(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json") JsonDocument.Parse(script.TextContent).Dispose();
            else Assert.StartsWith("/js/suggest.js?v=", script.GetAttribute("src"));
        }
        var all = page.QuerySelectorAll("*");
        Assert.DoesNotContain(all, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base"));
        foreach (var element in page.QuerySelectorAll("[href], [src], [action], [formaction]"))
        {
            foreach (var name in new[] { "href", "src", "action", "formaction" })
            {
                var value = (element.GetAttribute(name) ?? "").Trim().ToLowerInvariant();
                Assert.False(value.StartsWith("javascript:") || value.StartsWith("vbscript:") || value.StartsWith("data:text/html"), $"{element.TagName} {name}={value}");
            }
        }
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/search?literal=1&q=")]
    [InlineData("/search?sort=newest&q=")]
    [InlineData("/search?q=vieejt+")]
    [InlineData("/articles/than-bai-doc?hl=")]
    [InlineData("/?page=")]
    [InlineData("/search?q=a&source=")]
    [InlineData("/search?q=a&from=")]
    [InlineData("/sources/")]
    [InlineData("/tags/")]
    [InlineData("/articles/")]
    public async Task An_attack_in_any_parameter_is_echoed_as_text_never_as_markup(string prefix)
    {
        var response = await fixture.Client.GetAsync(prefix + Uri.EscapeDataString(Attack));
        var page = await Html.ParseAsync(response);

        AssertNothingRuns(page);
        Assert.Empty(page.QuerySelectorAll("main img[src='x'], main svg"));
    }

    [Fact]
    public async Task The_query_comes_back_in_the_search_box_exactly_as_typed()
    {
        var page = await fixture.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString(Attack));

        Assert.Contains(page.QuerySelectorAll("input[name='q']"), input => input.GetAttribute("value") == Attack);
    }

    [Fact]
    public async Task A_title_summary_and_tag_with_markup_stay_text_in_the_page_and_its_json_ld()
    {
        var page = await fixture.Client.GetPageAsync("/articles/tieu-de-doc");

        AssertNothingRuns(page);
        Assert.Equal(TitleAttack, page.QuerySelector("main h1")?.TextContent.Trim());
        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(TitleAttack, ld.RootElement.GetProperty("headline").GetString());
        Assert.Empty(page.QuerySelectorAll("b[onmouseover]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=tin")]
    [InlineData("/feed.xml")]
    public async Task Lists_and_the_feed_carry_a_bad_title_as_text(string path)
    {
        var text = await fixture.Client.GetStringAsync(path);

        Assert.DoesNotContain("<script>alert(4)", text, StringComparison.Ordinal);
        if (!path.EndsWith(".xml", StringComparison.Ordinal)) AssertNothingRuns(await fixture.Client.GetPageAsync(path));
    }

    [Fact]
    public async Task Script_links_in_an_article_body_are_dropped_and_real_links_kept()
    {
        var page = await fixture.Client.GetPageAsync("/articles/than-bai-doc");

        AssertNothingRuns(page);
        var body = page.QuerySelector(".article-body")!;
        Assert.Empty(body.QuerySelectorAll("style"));
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://baocantho.com.vn/tin-goc.html");
    }

    [Fact]
    public async Task A_script_link_as_the_source_of_a_text_file_is_never_a_link()
    {
        var page = await fixture.Client.GetPageAsync("/articles/nguon-tin-co-lien-ket-la");

        AssertNothingRuns(page);
        Assert.DoesNotContain(page.QuerySelectorAll(".attribution a"), a => (a.GetAttribute("href") ?? "").Contains("alert", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/suggest?q=")]
    [InlineData("/api/suggest/opensearch?q=")]
    [InlineData("/api/articles/")]
    [InlineData("/api/search?page=")]
    public async Task Json_echoes_markup_escaped_and_is_never_served_as_html(string prefix)
    {
        var response = await fixture.Client.GetAsync(prefix + Uri.EscapeDataString(Attack));
        var text = await response.Content.ReadAsStringAsync();

        Assert.EndsWith("json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=tin")]
    [InlineData("/articles/than-bai-doc")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/search?page=0")]
    [InlineData("/api/search?q=tin")]
    [InlineData("/css/site.css")]
    public async Task Every_response_forbids_inline_script_framing_and_sniffing(string path)
    {
        var response = await fixture.Client.GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
