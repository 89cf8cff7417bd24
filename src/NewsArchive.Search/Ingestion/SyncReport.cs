using NewsArchive.Content.Articles;
using NewsArchive.Content.Files;

namespace NewsArchive.Search.Ingestion;

/// <summary>
/// What a sync did: articles added (new files), changed (files read again) and removed (files gone that were
/// articles). <see cref="Rejected"/> holds the refusals not reported before (a warning each); a refused file is
/// never counted as an article added, changed or removed.
/// </summary>
public sealed record SyncReport(
    int Added,
    int Changed,
    int Removed,
    int Unchanged,
    IReadOnlyList<RejectedFile> Rejected,
    IReadOnlyList<SlugAssigner.Collision> SlugCollisions,
    TimeSpan Elapsed)
{
    /// <summary>Files read this time whose text was in a legacy font encoding and was converted to Unicode.</summary>
    public IReadOnlyList<ConvertedFile> Converted { get; init; } = [];

    /// <summary>Articles whose text is new in the index, added or changed.</summary>
    public int Indexed => Added + Changed;

    public static string Articles(int count) => count == 1 ? "article" : "articles";

    public static string Files(int count) => count == 1 ? "file" : "files";
}
