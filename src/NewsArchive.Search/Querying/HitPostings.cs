using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Reading the postings of a few hits, as rescoring does: the hits grouped by segment in ascending ids, so each
/// term's postings move forward only, skipping from hit to hit.
/// </summary>
internal static class HitPostings
{
    /// <summary>The segments that hold hits, each with the places of its hits in <paramref name="hits"/> and their ids in the segment, ascending.</summary>
    public static IEnumerable<(AtomicReaderContext Leaf, List<int> Places, List<int> Docs)> BySegment(IndexReader reader, ScoreDoc[] hits)
    {
        var leaves = reader.Leaves;
        foreach (var group in Enumerable.Range(0, hits.Length).GroupBy(i => ReaderUtil.SubIndex(hits[i].Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var places = group.OrderBy(i => hits[i].Doc).ToList();
            yield return (leaf, places, places.ConvertAll(i => hits[i].Doc - leaf.DocBase));
        }
    }

    /// <summary>Moves the postings forward to <paramref name="doc"/> (never back); whether that document has the term.</summary>
    public static bool At(DocsEnum postings, int doc) =>
        (postings.DocID < doc ? postings.Advance(doc) : postings.DocID) == doc;
}
