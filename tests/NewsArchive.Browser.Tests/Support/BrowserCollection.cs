namespace NewsArchive.Browser.Tests.Support;

/// <summary>
/// Every browser test class shares one site and one Chromium: starting them is most of a browser test's time, and
/// the pages only read. Tests still get a fresh browser context each (<see cref="ReaderTest"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ArchiveInBrowser>
{
    public const string Name = "Archive in Chromium";
}
