using NewsArchive.Content.Articles;

namespace NewsArchive.Search.Indexing;

/// <summary>An article with the stamp (size and time of its file) that tells later whether the file changed.</summary>
public sealed record IndexedFile(Article Article, string Stamp);
