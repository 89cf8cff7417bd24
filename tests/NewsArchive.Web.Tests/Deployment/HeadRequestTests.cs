using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>Monitors, link checkers and crawlers ask with HEAD: every GET address answers it alike, without a body.</summary>
public sealed class HeadRequestTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    public static TheoryData<string> Addresses() =>
    [
        "/",
        "/?page=2",
        "/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang",
        "/search?q=a",
        "/feed.xml",
        "/sitemap.xml",
        "/robots.txt",
        "/opensearch.xml",
        "/archive",
        "/archive/2024",
        "/sources",
        "/api/search?q=a",
        "/api/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang",
        "/health",
        "/alive",
        "/articles/khong-co-bai-nay",
        "/search?page=0",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Head_answers_as_get_does_without_a_body(string address)
    {
        var get = await fixture.Client.GetAsync(address);
        var getBody = await get.Content.ReadAsByteArrayAsync();
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        // The length GET's body has (identity encoding: the test client asks for no compression).
        if (head.Content.Headers.ContentLength is { } length) Assert.Equal(getBody.Length, length);
    }

    [Fact]
    public async Task A_cached_page_answers_head_with_its_length()
    {
        const string address = "/sources";
        var body = await (await fixture.Client.GetAsync(address)).Content.ReadAsByteArrayAsync();
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
    }
}
