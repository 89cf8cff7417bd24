using Lucene.Net.Search;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>
/// The archive's orders: by date, ties by path (never by the order articles happened to be indexed in, so every
/// replica lists alike), and by score with the same tie-breaks.
/// </summary>
internal static class ArticleOrder
{
    // Undated articles cannot be placed in time: they come after every dated one, whichever way the order runs.
    private static readonly SortField NewestFirst = DateOrder(reverse: true, missing: long.MinValue);
    private static readonly SortField OldestFirst = DateOrder(reverse: false, missing: long.MaxValue);
    private static readonly SortField ById = new(IndexFields.SortId, SortFieldType.STRING);

    /// <summary>The oldest-first order run backwards, ties included, so "previous" mirrors "next" exactly.</summary>
    public static readonly Sort Backwards = new(NewestFirst, new SortField(IndexFields.SortId, SortFieldType.STRING, reverse: true));

    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(NewestFirst, ById),
        SearchSort.Oldest => new Sort(OldestFirst, ById),
        _ => new Sort(SortField.FIELD_SCORE, NewestFirst, ById),
    };

    private static SortField DateOrder(bool reverse, long missing)
    {
        var field = new SortField(IndexFields.SortDate, SortFieldType.INT64, reverse);
        field.SetMissingValue(missing);
        return field;
    }
}
