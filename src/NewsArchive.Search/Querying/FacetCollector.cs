using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Counts every match by year and by source while the search runs, from each segment's <see cref="SegmentFacets"/>:
/// no stored field or doc value is read per match, so a query matching most of a million articles still costs two
/// array reads a match.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private SegmentFacets? _segment;
    private int[] _yearCounts = [];
    private int[] _sourceCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacets.Of(context.AtomicReader);
        _yearCounts = new int[_segment.YearSlotCount];
        _sourceCounts = new int[_segment.SourceSlugs.Length + 1];
    }

    public void Collect(int doc)
    {
        _yearCounts[_segment!.YearSlots[doc]]++;
        _sourceCounts[_segment.SourceSlots[doc]]++;
    }

    public Facets Result()
    {
        Flush();
        return new Facets(
            _years.OrderByDescending(y => y.Key).Select(y => (y.Key, y.Value)).ToList(),
            _sources.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList());
    }

    // Slots are per segment: add the segment's counts by year and slug before moving on. Slot 0 is "none".
    private void Flush()
    {
        if (_segment is null) return;
        for (var slot = 1; slot < _yearCounts.Length; slot++)
        {
            if (_yearCounts[slot] == 0) continue;
            var year = _segment.FirstYear + slot - 1;
            _years[year] = _years.GetValueOrDefault(year) + _yearCounts[slot];
        }
        for (var slot = 1; slot < _sourceCounts.Length; slot++)
        {
            if (_sourceCounts[slot] == 0) continue;
            var slug = _segment.SourceSlugs[slot - 1];
            _sources[slug] = _sources.GetValueOrDefault(slug) + _sourceCounts[slot];
        }
        _segment = null;
    }
}
