using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// Whether a build folder can be trusted before it is opened for good. Opening a reader opens every file of every
/// segment, which finds deleted and cut-off files; after a stop that was not clean (a crash, a kill, power lost)
/// every checksum is verified as well, which reads the whole index once.
/// </summary>
internal static class BuildCheck
{
    /// <summary>Written when the index is closed properly, removed when it is opened for writing.</summary>
    public const string ClosedCleanly = "closed-cleanly";

    /// <summary>Why the build cannot be trusted, or null when it can.</summary>
    public static string? Damage(string path)
    {
        try
        {
            using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
            using var reader = DirectoryReader.Open(directory);
            if (!File.Exists(Path.Combine(path, ClosedCleanly)))
            {
                foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            }
            return null;
        }
#pragma warning disable CA1031 // a damaged index fails in many ways (IO, corrupt data, out-of-range reads); each means "rebuild"
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    public static void MarkClosedCleanly(string path) => File.WriteAllText(Path.Combine(path, ClosedCleanly), "");

    public static void ClearClosedCleanly(string path) => File.Delete(Path.Combine(path, ClosedCleanly));
}
