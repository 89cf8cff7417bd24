using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>Everything read from a content folder: the articles with unique slugs, and the files that were skipped.</summary>
public sealed record ContentLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<RejectedFile> Rejected, IReadOnlyList<SlugAssigner.Collision> SlugCollisions);
