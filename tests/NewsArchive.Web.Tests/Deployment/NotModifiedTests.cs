using System.Net;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>A validator only ever matches a page that exists: an unknown address is 404 whatever ETag it is sent.</summary>
public sealed class NotModifiedTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Theory]
    [InlineData("/articles/does-not-exist")]
    [InlineData("/sources/khong-co-nguon-nay")]
    [InlineData("/archive/1999")]
    public async Task The_current_etag_on_a_missing_page_is_still_404(string missing)
    {
        var etag = (await fixture.Client.GetAsync("/")).Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, missing);
        request.Headers.IfNoneMatch.Add(etag);
        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_page_that_exists_is_still_not_modified()
    {
        const string address = "/archive/2024";
        var etag = (await fixture.Client.GetAsync(address)).Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Head, address);
        request.Headers.IfNoneMatch.Add(etag);
        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }
}
