using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Browsing;

/// <summary>Counts the matches of a query by day from the day doc values, in the pass that finds them; no stored field is read.</summary>
internal sealed class DayCountCollector : ICollector
{
    private readonly Dictionary<int, int> _days = [];
    private int _undated;
    private NumericDocValues? _day;
    private IBits? _hasDay;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _day = context.AtomicReader.GetNumericDocValues(IndexFields.Day);
        _hasDay = context.AtomicReader.GetDocsWithField(IndexFields.Day);
    }

    public void Collect(int doc)
    {
        if (_day is null || _hasDay is null || !_hasDay.Get(doc))
        {
            _undated++;
            return;
        }
        var day = (int)_day.Get(doc);
        _days[day] = _days.GetValueOrDefault(day) + 1;
    }

    public DayCounts Result() => new(_days.OrderBy(d => d.Key).Select(d => (d.Key, d.Value)).ToList(), _undated);
}
