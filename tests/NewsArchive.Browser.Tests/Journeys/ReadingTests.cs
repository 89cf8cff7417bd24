using Microsoft.Playwright;
using NewsArchive.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.Browser.Tests.Journeys;

/// <summary>A reader opens the home page, reads the newest article, checks where it comes from and reads on by its tag.</summary>
public sealed class ReadingTests(ArchiveInBrowser archive) : ReaderTest(archive)
{
    private const string FullArticleTitle = "Ban Chỉ đạo 35 tỉnh An Giang tổng kết năm 2023";
    private const string OriginalUrl = "https://baoangiang.com.vn/ban-chi-dao-35-tong-ket-2023.html";

    [ChromiumFact]
    public async Task Should_open_the_newest_article_from_the_home_page()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Bài mới nhất");
        var newest = Page.Locator("main ol.article-list > li").First;
        await Expect(newest.Locator("h2")).ToHaveTextAsync(FullArticleTitle);

        await newest.GetByRole(AriaRole.Link, new() { Name = FullArticleTitle }).ClickAsync();

        await ArrivedAtAsync(url => new Uri(url).AbsolutePath == PageTypes.Article);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(FullArticleTitle);
        await Expect(Page.Locator("article header time")).ToHaveTextAsync("Thứ Sáu, 12/01/2024, 08:00");
        await Expect(Page.Locator(".article-body")).ToContainTextAsync("Những mặt còn hạn chế");
    }

    [ChromiumFact]
    public async Task Should_link_to_the_original_in_a_new_tab_without_giving_it_the_page()
    {
        await Page.GotoAsync(PageTypes.Article);

        var attribution = Page.GetByRole(AriaRole.Complementary, new() { Name = "Nguồn bài viết" });
        await Expect(attribution).ToContainTextAsync("Báo An Giang");
        await Expect(attribution).ToContainTextAsync("Mỹ Linh, Trung Hiếu");
        var original = attribution.Locator("a.original-link");
        await Expect(original).ToHaveAttributeAsync("href", OriginalUrl);
        await Expect(original).ToHaveTextAsync("baoangiang.com.vn/ban-chi-dao-35-tong-ket-2023.html");
        await Expect(original).ToHaveAttributeAsync("target", "_blank");
        var rel = (await original.GetAttributeAsync("rel"))!.Split(' ');
        Assert.Contains("noopener", rel); // the original's page gets no handle on this one
        Assert.Contains("external", rel);

        // Checked, not followed: the test never leaves the archive.
        Assert.All(RequestedUrls, url => Assert.StartsWith(Archive.Origin, url, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task Should_read_on_by_tag_and_by_source_from_an_article()
    {
        await Page.GotoAsync(PageTypes.Article);

        await Page.GetByRole(AriaRole.List, new() { Name = "Chủ đề" }).GetByRole(AriaRole.Link, new() { Name = "An Giang" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Chủ đề: An Giang");
        await Expect(Page.Locator("main ol.article-list h2").First).ToHaveTextAsync(FullArticleTitle);

        await Page.GoBackAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Các bài khác của Báo An Giang" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Báo An Giang");
        Assert.All(await Page.Locator("main ol.article-list .source").AllTextContentsAsync(), source => Assert.Equal("Báo An Giang", source));
    }
}
