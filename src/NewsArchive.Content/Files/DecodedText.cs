namespace NewsArchive.Content.Files;

/// <summary>The text of an article file, and the legacy Vietnamese encoding it was converted from, if any.</summary>
public sealed record DecodedText(string Text, LegacyEncoding ConvertedFrom);
