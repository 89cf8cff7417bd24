using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>A file skipped while loading, and why.</summary>
public sealed record RejectedFile(string Id, string Reason);

/// <summary>Everything read from a content folder: the articles with unique slugs, and the files that were skipped.</summary>
public sealed record ContentLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<RejectedFile> Rejected, IReadOnlyList<SlugAssigner.Collision> SlugCollisions);

/// <summary>
/// The folder of article files: every <c>.md</c> and <c>.txt</c> below it, hidden files and folders left out,
/// links that lead outside it never followed.
/// </summary>
public sealed class ContentFolder(string rootPath, ArticleFileReader reader)
{
    public string RootPath { get; } = Path.GetFullPath(rootPath);

    public ContentLoadResult Load(CancellationToken cancellationToken = default)
    {
        var articles = new List<Article>();
        var rejected = new List<RejectedFile>();
        foreach (var file in EnumerateFiles(rejected))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = IdOf(file);
            try
            {
                articles.Add(reader.Read(file, id));
            }
            catch (ArticleFileException ex)
            {
                rejected.Add(new RejectedFile(id, ex.Message));
            }
        }

        var unique = SlugAssigner.AssignUnique(articles, out var collisions);
        return new ContentLoadResult(unique, rejected, collisions);
    }

    /// <summary>The article's identity: its path relative to the folder, '/'-separated on every OS.</summary>
    public string IdOf(string fullPath) => Path.GetRelativePath(RootPath, fullPath).Replace('\\', '/');

    private IEnumerable<string> EnumerateFiles(List<RejectedFile> rejected)
    {
        var realRoot = RealPath(RootPath);
        var pending = new Stack<string>([RootPath]);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            // A link back up the tree would otherwise be walked forever.
            if (!visited.Add(RealPath(directory))) continue;
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                rejected.Add(new RejectedFile(IdOf(directory) + "/", $"the folder cannot be read ({ex.Message})"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var isDirectory = entry is DirectoryInfo;
                if (!isDirectory && !ArticleFileReader.IsArticleFile(entry.Name)) continue;

                if (entry.LinkTarget is not null && !IsInside(realRoot, RealPath(entry.FullName)))
                {
                    rejected.Add(new RejectedFile(IdOf(entry.FullName), "it is a link to a place outside the content folder"));
                    continue;
                }

                if (isDirectory) pending.Push(entry.FullName);
                else yield return entry.FullName;
            }
        }
    }

    private static string RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return Path.GetFullPath(target?.FullName ?? path);
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static bool IsInside(string root, string path) =>
        path.Equals(root, StringComparison.Ordinal)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
