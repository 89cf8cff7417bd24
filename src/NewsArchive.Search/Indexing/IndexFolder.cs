using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// The index's home: one subfolder per build, named <c>s{schema}-{generation}</c>. A rebuild goes into a fresh
/// subfolder while the previous one keeps answering; the old one is removed once the new one is complete.
/// </summary>
public sealed partial class IndexFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public sealed record Build(string Path, int Schema, int Generation);

    /// <summary>Every build folder, newest generation first.</summary>
    public IReadOnlyList<Build> Builds()
    {
        Directory.CreateDirectory(Path);
        return Directory.EnumerateDirectories(Path)
            .Select(dir => (dir, match: BuildName().Match(System.IO.Path.GetFileName(dir))))
            .Where(x => x.match.Success)
            .Select(x => new Build(x.dir, int.Parse(x.match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(x.match.Groups[2].Value, CultureInfo.InvariantCulture)))
            .OrderByDescending(b => b.Generation)
            .ToList();
    }

    public Build NewBuild(int schema)
    {
        var generation = Builds().Select(b => b.Generation).DefaultIfEmpty(0).Max() + 1;
        var build = new Build(System.IO.Path.Combine(Path, $"s{schema}-{generation:D4}"), schema, generation);
        Directory.CreateDirectory(build.Path);
        return build;
    }

    /// <summary>Removes every build folder but <paramref name="keep"/>; a folder still in use is left for next time.</summary>
    public void RemoveAllBut(Build keep)
    {
        foreach (var build in Builds().Where(b => b.Path != keep.Path))
        {
            try { Directory.Delete(build.Path, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    [GeneratedRegex(@"^s(\d+)-(\d+)$")]
    private static partial Regex BuildName();
}
