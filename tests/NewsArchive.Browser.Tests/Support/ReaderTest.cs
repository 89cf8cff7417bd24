using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>
/// A test as one reader: a new browser context and tab each, over the collection's shared site and browser. Every
/// request the reader's pages make is recorded, so a test can check none leaves the site.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class ReaderTest(ArchiveInBrowser archive) : IAsyncLifetime
{
    private readonly ConcurrentQueue<IRequest> _requests = new();
    private IBrowserContext? _context;

    protected ArchiveInBrowser Archive => archive;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Every request made so far, in order, by every page of this reader.</summary>
    protected IReadOnlyList<IRequest> Requests => _requests.ToList();

    /// <summary>The addresses asked for so far, in order, by every page of this reader.</summary>
    protected IReadOnlyList<string> RequestedUrls => _requests.Select(r => r.Url).ToList();

    /// <summary>
    /// Waits until the tab is at an address and its document is parsed, not for every stylesheet, script and font:
    /// on a loaded machine the load event once took longer than the timeout, and what a test checks next waits for
    /// itself.
    /// </summary>
    protected Task ArrivedAtAsync(Func<string, bool> url) =>
        Page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });

    /// <summary>How the test's context is made: override for a phone, print or no script.</summary>
    protected virtual Task<IBrowserContext> NewContextAsync() => archive.NewContextAsync();

    public async Task InitializeAsync()
    {
        _context = await NewContextAsync();
        _context.Request += (_, request) => _requests.Enqueue(request);
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    /// <summary>The address the page is at, relative to the site, as the browser has it (still percent-encoded).</summary>
    protected string PathAndQuery => Page.Url[archive.Origin.Length..];

    /// <summary>The page's address after a navigation, decoded: <c>/search?q=hoa binh&amp;source=bao-can-tho</c>.</summary>
    protected Uri CurrentUri => new(Page.Url);
}
