using Lucene.Net.Search;

namespace NewsArchive.Search.Querying;

/// <summary>
/// The second look a search by relevance takes at its best matches: short keyword queries by their headline
/// (<see cref="ShortQueryRescoring"/>), pasted text by the article's opening (<see cref="PastedTextRescoring"/>).
/// Only the first <see cref="Depth"/> hits are reordered, whatever page was asked for, so every page of one search
/// agrees with the others.
/// </summary>
public static class Rescoring
{
    /// <summary>How many of the first-pass matches the query's rescoring reorders (0: none).</summary>
    public static int Depth(QueryText text) =>
        ShortQueryRescoring.Applies(text) ? ShortQueryRescoring.Depth
        : PastedTextRescoring.Applies(text) ? PastedTextRescoring.Depth
        : 0;

    /// <summary>The hits, best first by the first-pass score (<see cref="ScoreDoc.Score"/> filled in), the first <see cref="Depth"/> reordered.</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, QueryText text, ScoreDoc[] hits)
    {
        var depth = Math.Min(Depth(text), hits.Length);
        if (depth < 2) return hits;
        var top = hits[..depth];
        var reordered = ShortQueryRescoring.Applies(text) ? ShortQueryRescoring.Rescore(searcher, text, top) : PastedTextRescoring.Rescore(searcher, text, top);
        return [.. reordered, .. hits[depth..]];
    }
}
