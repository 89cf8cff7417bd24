using Microsoft.Playwright;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>A test as one reader: a new browser context and tab each, over the class's shared site and browser.</summary>
public abstract class ReaderTest(ArchiveInBrowser archive) : IClassFixture<ArchiveInBrowser>, IAsyncLifetime
{
    private IBrowserContext? _context;

    protected ArchiveInBrowser Archive => archive;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _context = await archive.NewContextAsync();
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    /// <summary>The address the page is at, relative to the site, as the browser has it (still percent-encoded).</summary>
    protected string PathAndQuery => Page.Url[archive.BaseAddress.GetLeftPart(UriPartial.Authority).Length..];
}
