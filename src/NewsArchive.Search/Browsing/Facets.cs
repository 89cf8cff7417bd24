using Lucene.Net.Index;
using Lucene.Net.Search;
using F = NewsArchive.Search.Indexing.IndexFields;

namespace NewsArchive.Search.Browsing;

/// <summary>How the matches of a search spread over years and sources, so a reader can narrow them with one click.</summary>
public sealed record Facets(IReadOnlyList<(int Year, int Count)> Years, IReadOnlyList<(string Slug, int Count)> Sources)
{
    public static readonly Facets None = new([], []);
}

/// <summary>
/// Counts every match by year and by source from doc values while the search runs: no stored field is read,
/// so a query matching most of a million articles still costs one pass over their doc values.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private NumericDocValues? _day;
    private Lucene.Net.Util.IBits? _hasDay;
    private SortedDocValues? _source;
    private int[] _sourceCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSources();
        _day = context.AtomicReader.GetNumericDocValues(F.Day);
        _hasDay = context.AtomicReader.GetDocsWithField(F.Day);
        _source = context.AtomicReader.GetSortedDocValues(F.Source);
        _sourceCounts = new int[_source?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (_day is not null && _hasDay is not null && _hasDay.Get(doc))
        {
            var year = (int)(_day.Get(doc) / 10000);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }
        if (_source is not null && _source.GetOrd(doc) is var ord && ord >= 0) _sourceCounts[ord]++;
    }

    public Facets Result()
    {
        FlushSources();
        return new Facets(
            _years.OrderByDescending(y => y.Key).Select(y => (y.Key, y.Value)).ToList(),
            _sources.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList());
    }

    // Ordinals are per segment: turn the segment's counts into slugs before moving on.
    private void FlushSources()
    {
        if (_source is null) return;
        var term = new Lucene.Net.Util.BytesRef();
        for (var ord = 0; ord < _sourceCounts.Length; ord++)
        {
            if (_sourceCounts[ord] == 0) continue;
            _source.LookupOrd(ord, term);
            var slug = term.Utf8ToString();
            _sources[slug] = _sources.GetValueOrDefault(slug) + _sourceCounts[ord];
        }
        _source = null;
        _sourceCounts = [];
    }
}
