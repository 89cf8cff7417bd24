using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Operations;

public sealed class HealthTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Health_is_ready_and_counts_articles_and_rejected_files()
    {
        var response = await fixture.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(ArchiveFixtures.ArticleCount, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("rejectedFiles").GetInt32());
    }

    [Fact]
    public async Task Alive_answers_without_looking_at_the_archive()
    {
        var response = await fixture.Client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_headers_that_keep_them_from_being_framed_or_sniffed()
    {
        var response = await fixture.Client.GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
