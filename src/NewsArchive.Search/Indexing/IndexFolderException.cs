namespace NewsArchive.Search.Indexing;

/// <summary>The index folder cannot be used: in use by another process, or not writable. The message says which and what to do.</summary>
public sealed class IndexFolderException(string message) : Exception(message);
