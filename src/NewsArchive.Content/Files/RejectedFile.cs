namespace NewsArchive.Content.Files;

/// <summary>A file skipped when the folder is read, and why.</summary>
public sealed record RejectedFile(string Id, string Reason);
