using System.Globalization;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// One writer per index folder, across processes: an OS-level exclusive lock on a file in the folder (flock on
/// Linux, a share lock on Windows), which the OS drops when the process ends however it ends. Lucene's own
/// write.lock does not stop a second process on Linux. Beside it, a note of who holds it, for the refusal message.
/// </summary>
public sealed class IndexLock : IDisposable
{
    public const string LockFileName = "index.lock";
    public const string OwnerFileName = "index.owner";

    private readonly FileStream _lock;
    private readonly string _folder;
    private readonly bool _createdFolder;

    private IndexLock(FileStream held, string folder, bool createdFolder)
    {
        _lock = held;
        _folder = folder;
        _createdFolder = createdFolder;
    }

    /// <summary>Takes the folder (creating it if missing), or throws <see cref="IndexFolderException"/> saying why not.</summary>
    public static IndexLock Take(string indexPath, string purpose)
    {
        var folder = Path.GetFullPath(indexPath);
        var created = !Directory.Exists(folder);
        FileStream held;
        try
        {
            Directory.CreateDirectory(folder);
            // FileShare.None is what makes .NET take flock(LOCK_EX | LOCK_NB) on Unix.
            held = new FileStream(Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, LockFileName)))
        {
            throw new IndexFolderException($"the index folder '{folder}' is in use by {Holder(folder)}; " +
                                           "give each process an index folder of its own (Archive:IndexPath)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexFolderException($"cannot write to the index folder '{folder}' ({ex.Message}); " +
                                           "set Archive:IndexPath to a folder this process may write");
        }

        try
        {
            File.WriteAllText(Path.Combine(folder, OwnerFileName), string.Create(CultureInfo.InvariantCulture,
                $"process {Environment.ProcessId} on {Environment.MachineName}, {purpose}, since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            held.Dispose();
            throw new IndexFolderException($"cannot write to the index folder '{folder}' ({ex.Message}); " +
                                           "set Archive:IndexPath to a folder this process may write");
        }
        return new IndexLock(held, folder, created);
    }

    private static string Holder(string folder)
    {
        try
        {
            var note = File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim();
            return note.Length > 0 ? note : "another process";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "another process";
        }
    }

    /// <summary>
    /// Lets the folder go. <paramref name="leaveNothing"/> (a start that failed before any index was written) removes
    /// what taking it made: the folder itself when it was new, else the two small files.
    /// </summary>
    public void Release(bool leaveNothing)
    {
        try
        {
            // Removed while still held, so no other process can have locked the file that is being removed.
            if (leaveNothing)
            {
                File.Delete(Path.Combine(_folder, OwnerFileName));
                File.Delete(Path.Combine(_folder, LockFileName));
            }
            _lock.Dispose();
            if (leaveNothing && _createdFolder && !Directory.EnumerateFileSystemEntries(_folder).Any()) Directory.Delete(_folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only tidying: the lock itself went with the handle.
        }
    }

    public void Dispose() => Release(leaveNothing: false);
}
