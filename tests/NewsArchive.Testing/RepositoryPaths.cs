namespace NewsArchive.Testing;

/// <summary>Folders of this checkout, found by walking up from the test assembly to the solution.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShippedContent => Path.Combine(Root, "content");

    /// <summary>The An Giang report the repository ships.</summary>
    public static string Seed => Path.Combine(ShippedContent, "an-giang-ban-chi-dao-35.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("NewsArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
