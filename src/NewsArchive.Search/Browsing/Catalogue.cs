using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Browsing;

/// <summary>
/// What the archive holds, counted: articles a day (the calendar), a source, a tag. They change only with the
/// content, so each is counted once per index reader, not per request; safe to use from many requests at once.
/// </summary>
internal sealed class Catalogue
{
    private volatile CountedSources? _sources;
    private volatile CountedDays? _calendar;
    private volatile CountedTags? _tags;

    public ArchiveCalendar Calendar(IndexReader reader)
    {
        if (_calendar is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Calendar;
        var calendar = CountDays(reader);
        _calendar = new CountedDays(reader, calendar);
        return calendar;
    }

    // One pass over the day doc values: a million articles take milliseconds, and only once per index change.
    private static ArchiveCalendar CountDays(IndexReader reader)
    {
        var byNumber = new Dictionary<long, int>();
        var undated = 0;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var values = atomic.GetNumericDocValues(IndexFields.Day);
            var hasDay = atomic.GetDocsWithField(IndexFields.Day);
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                if (values is null || hasDay is null || !hasDay.Get(doc)) { undated++; continue; }
                var number = values.Get(doc);
                byNumber[number] = byNumber.GetValueOrDefault(number) + 1;
            }
        }
        var days = byNumber.ToDictionary(d => ArticleDocuments.DayOf((int)d.Key), d => d.Value);
        return new ArchiveCalendar(days, undated);
    }

    public IReadOnlyList<TagCount> Tags(IndexReader reader)
    {
        if (_tags is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Counts;
        var counts = TagCounts.Count(reader);
        _tags = new CountedTags(reader, counts);
        return counts;
    }

    public IReadOnlyList<SourceCount> Sources(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        if (_sources is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Counts;

        var sources = new List<SourceCount>();
        var terms = MultiFields.GetTerms(reader, IndexFields.Source);
        if (terms is not null)
        {
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                var slug = each.Term.Utf8ToString();
                var hits = searcher.Search(new TermQuery(new Term(IndexFields.Source, slug)), 1);
                if (hits.TotalHits == 0) continue;
                var doc = searcher.Doc(hits.ScoreDocs[0].Doc);
                var site = Uri.TryCreate(doc.Get(IndexFields.SourceUrl), UriKind.Absolute, out var url)
                    ? new Uri(url.GetLeftPart(UriPartial.Authority) + "/")
                    : null;
                sources.Add(new SourceCount(slug, doc.Get(IndexFields.SourceName) ?? slug, hits.TotalHits, site));
            }
        }
        var ordered = sources.OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        _sources = new CountedSources(reader, ordered);
        return ordered;
    }

    private sealed record CountedSources(IndexReader Reader, IReadOnlyList<SourceCount> Counts);

    private sealed record CountedDays(IndexReader Reader, ArchiveCalendar Calendar);

    private sealed record CountedTags(IndexReader Reader, IReadOnlyList<TagCount> Counts);
}
