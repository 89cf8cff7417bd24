namespace NewsArchive.Content.Files;

/// <summary>An article file found in the content folder, with what tells whether it changed since it was read.</summary>
public sealed record ContentFile(string FullPath, string Id, long Length, DateTime LastWriteUtc)
{
    /// <summary>Size and modification time: a file with the same stamp is not read again.</summary>
    public string Stamp => $"{Length}-{LastWriteUtc.Ticks}";
}
