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

    /// <summary>Written into a build found damaged while it served; it is never opened for writing again.</summary>
    public const string FoundDamaged = "found-damaged";

    /// <summary>Why the build cannot be trusted, or null when it can.</summary>
    public static string? Damage(string path)
    {
        if (IsMarkedDamaged(path)) return "found damaged while it served";
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

    public static bool IsMarkedDamaged(string path) => File.Exists(Path.Combine(path, FoundDamaged));

    public static void MarkDamaged(string path, string damage) => File.WriteAllText(Path.Combine(path, FoundDamaged), damage + "\n");

    public static void MarkClosedCleanly(string path) => File.WriteAllText(Path.Combine(path, ClosedCleanly), "");

    public static void ClearClosedCleanly(string path) => File.Delete(Path.Combine(path, ClosedCleanly));
}
