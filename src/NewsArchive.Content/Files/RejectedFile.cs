namespace NewsArchive.Content.Files;

/// <summary>A file skipped while loading, and why.</summary>
public sealed record RejectedFile(string Id, string Reason);
