namespace NewsArchive.Benchmarks;

internal static class Repository
{
    /// <summary>The checkout this tool was built from: the folder above its output that holds NewsArchive.sln.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from a checkout of NewsArchive");
    }
}
