
namespace NewsArchive.Web.Configuration;

/// <summary>Where the static files are: copied beside the app by build and publish (see the .csproj).</summary>
internal static class WebRoot
{
    public static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(beside)) return beside;

        // Running from somewhere unusual: fall back to the repository's own folder.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "wwwroot");
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")) && Directory.Exists(candidate)) return candidate;
        }
        return beside;
    }
}
