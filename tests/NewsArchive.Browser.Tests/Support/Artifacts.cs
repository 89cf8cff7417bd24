namespace NewsArchive.Browser.Tests.Support;

/// <summary>
/// Where the browser tests leave what a person may want to look at (screenshots, the print PDF, the HTML the checker
/// read): <c>BROWSER_ARTIFACTS</c> if set, else <c>TestResults/browser/</c> at the top of the repository (ignored by git).
/// </summary>
public static class Artifacts
{
    public static string Folder { get; } = Locate();

    /// <summary>A path in a subfolder of <see cref="Folder"/>, the subfolder created.</summary>
    public static string PathFor(string subfolder, string fileName)
    {
        var folder = Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("BROWSER_ARTIFACTS") is { Length: > 0 } configured) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return Path.Combine(dir.FullName, "TestResults", "browser");
        }
        return Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
    }
}
