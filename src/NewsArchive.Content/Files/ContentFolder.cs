using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>
/// The folder of article files: every <c>.md</c>, <c>.txt</c>, <c>.html</c> and <c>.htm</c> below it, hidden files and folders left out,
/// links that lead outside it never followed.
/// </summary>
public sealed class ContentFolder(string rootPath, ArticleFileReader reader)
{
    public string RootPath { get; } = Path.GetFullPath(rootPath);

    /// <inheritdoc cref="ArticleFileReader.Read(string, string, out LegacyEncoding)"/>
    public Article Read(ContentFile file, out LegacyEncoding convertedFrom) => reader.Read(file.FullPath, file.Id, out convertedFrom);

    /// <summary>The file at <paramref name="fullPath"/>, if it is an article file inside the folder that exists now.</summary>
    public ContentFile? Find(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        if (!IsInside(RootPath, path) || !ArticleFileReader.IsArticleFile(path)) return null;
        if (IdOf(path).Split('/').Any(part => part.StartsWith('.'))) return null;
        var info = new FileInfo(path);
        // Every link along the path counts, not just the file's own: a linked folder may lead outside.
        if (!info.Exists || !IsInside(RealPath(RootPath), RealPath(path))) return null;
        return new ContentFile(path, IdOf(path), info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>The article's identity: its path relative to the folder, '/'-separated on every OS.</summary>
    public string IdOf(string fullPath) => Path.GetRelativePath(RootPath, fullPath).Replace('\\', '/');

    /// <summary>Every article file below the folder; links leading outside it are added to <paramref name="rejected"/>.</summary>
    public IEnumerable<ContentFile> EnumerateFiles(List<RejectedFile> rejected)
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

                if (isDirectory)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    var file = (FileInfo)entry;
                    yield return new ContentFile(file.FullName, IdOf(file.FullName), file.Length, file.LastWriteTimeUtc);
                }
            }
        }
    }

    /// <summary>
    /// Where the OS really finds <paramref name="path"/>: every link along it followed, folders as well as the file.
    /// A loop of links or one that cannot be read resolves to the path itself, which then fails the inside check
    /// only if it is outside anyway.
    /// </summary>
    private static string RealPath(string path, int hops = 0)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || hops > MaxLinkHops) return full;
        var here = Path.Combine(RealPath(parent, hops), Path.GetFileName(full));
        try
        {
            var target = new FileInfo(here).LinkTarget;
            return target is null ? here : RealPath(Path.GetFullPath(target, Path.GetDirectoryName(here)!), hops + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return here;
        }
    }

    /// <summary>As the Linux kernel's limit on links followed in one lookup.</summary>
    private const int MaxLinkHops = 40;

    private static bool IsInside(string root, string path) =>
        path.Equals(root, StringComparison.Ordinal)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
