using AngleSharp;
using AngleSharp.Dom;

namespace NewsArchive.Web.Tests.Support;

/// <summary>Pages parsed as a browser would, so tests ask for elements rather than match strings.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(AngleSharp.Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Context.OpenAsync(request => request.Content(response.Content.ReadAsStream()));

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url) =>
        await ParseAsync(await client.GetAsync(url));
}
