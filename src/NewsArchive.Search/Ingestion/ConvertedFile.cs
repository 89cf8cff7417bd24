using NewsArchive.Content.Files;

namespace NewsArchive.Search.Ingestion;

/// <summary>A file whose text came in a legacy Vietnamese font encoding.</summary>
public sealed record ConvertedFile(string Id, LegacyEncoding From);
