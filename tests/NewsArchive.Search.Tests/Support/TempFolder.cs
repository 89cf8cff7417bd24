namespace NewsArchive.Search.Tests.Support;

/// <summary>A folder of its own for one test or fixture, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsarchive-search-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string PathOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file may still be held; the OS cleans temp */ }
        catch (UnauthorizedAccessException) { }
    }
}
