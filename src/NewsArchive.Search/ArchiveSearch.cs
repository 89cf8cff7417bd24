using NewsArchive.Search.Querying;
using NewsArchive.Search.Browsing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Paging;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search;

/// <summary>Searches and browses the <see cref="CurrentIndex"/>; safe to call from many requests at once.</summary>
public sealed class ArchiveSearch(CurrentIndex index) : IArchiveSearch
{
    public ArchiveSearch(ArchiveIndex index)
        : this(new CurrentIndex(index))
    {
    }

    // Sources, tags and the calendar change only with the content; recounted when the index changes, not per request.
    private volatile CountedSources? _sources;
    private volatile CountedDays? _calendar;
    private volatile CountedTags? _tags;

    /// <summary>Results a reader can page to; deeper pages cost memory per request and nobody reads them.</summary>
    public const int MaxResultWindow = 10_000;

    // Undated articles cannot be placed in time: they come after every dated one, whichever way the order runs.
    private static readonly SortField NewestFirst = DateOrder(reverse: true, missing: long.MinValue);
    private static readonly SortField OldestFirst = DateOrder(reverse: false, missing: long.MaxValue);
    private static readonly SortField ById = new(IndexFields.SortId, SortFieldType.STRING);

    // The oldest-first order run backwards, ties included, so "previous" mirrors "next" exactly.
    private static readonly Sort Backwards = new(NewestFirst, new SortField(IndexFields.SortId, SortFieldType.STRING, reverse: true));

    public bool IsReady => index.IsSearchable;

    public int ArticleCount => index.Search(searcher => searcher.IndexReader.NumDocs);

    public Article? FindBySlug(string slug) => index.Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Slug, slug)), 1);
        return hits.TotalHits == 0 ? null : ArticleDocuments.ToArticle(searcher.Doc(hits.ScoreDocs[0].Doc));
    });

    public SearchResults Search(SearchRequest request) => index.Search(searcher =>
    {
        var readAs = request.Literal ? null : Suggestions.TypingReader.Read(searcher.IndexReader, request.Query);
        var text = QueryText.Parse(readAs ?? request.Query);
        var sort = request.EffectiveSort(text.HasWords);
        var results = text.HasWords ? Ranked(searcher, text, sort, request) : Browsed(searcher, text, sort, request);
        return results with { ReadAs = readAs };
    });

    /// <summary>A search for words: the best <see cref="MaxResultWindow"/> matches at most, a page of them shown.</summary>
    private static SearchResults Ranked(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request)
    {
        var skip = (long)(Math.Max(request.Page, 1) - 1) * request.PageSize;
        var wanted = (int)Math.Min(skip + request.PageSize, MaxResultWindow);
        var query = TermLookups.Resolve(QueryBuilder.Build(text, request), searcher);
        // A short query by relevance collects the best few hundred, for ShortQueryRescoring to reorder.
        var rescored = sort == SearchSort.Relevance && ShortQueryRescoring.Applies(text);
        var collected = rescored ? Math.Max(wanted, ShortQueryRescoring.Depth) : wanted;
        var collector = TopFieldCollector.Create(SortFor(sort), Math.Max(collected, 1), fillFields: true, trackDocScores: rescored, trackMaxScore: false, docsScoredInOrder: false);
        var facets = request.WithFacets ? new Browsing.FacetCollector() : null;
        searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
        var top = collector.GetTopDocs();
        var ranked = rescored ? ShortQueryRescoring.Rescore(searcher, text, top.ScoreDocs) : top.ScoreDocs;
        var items = skip >= wanted
            ? []
            : ranked.Take(wanted).Skip((int)skip).Select(hit => Hit(searcher.Doc(hit.Doc), text)).ToList();
        return new SearchResults(text, sort, new PageOf<SearchHit>(items, request.Page, request.PageSize, top.TotalHits))
        {
            Facets = facets?.Result() ?? Browsing.Facets.None,
            Suggestion = Suggestions.AccentRestorer.Suggest(searcher, text),
            Relaxed = top.TotalHits == 0 ? Relaxed(searcher, text, request) : null,
        };
    }

    /// <summary>
    /// A list without words (the home page, a day, a source, a tag, dates on the search page) in time order: the
    /// counts by day say which days a page covers, and only those days are searched, so every page of a list of a
    /// million articles can be read and the last costs no more than the first.
    /// </summary>
    private SearchResults Browsed(IndexSearcher searcher, QueryText text, SearchSort sort, SearchRequest request)
    {
        var facets = request.WithFacets ? new Browsing.FacetCollector() : null;
        Browsing.DayCounts counts;
        if (facets is null && !QueryBuilder.FiltersBeyondDates(text, request))
        {
            counts = Browsing.DayCounts.FromCalendar(CalendarOf(searcher.IndexReader),
                request.From is { } from ? ArticleDocuments.DayNumber(from) : null,
                request.To is { } to ? ArticleDocuments.DayNumber(to) : null,
                request.Undated);
        }
        else
        {
            var days = new Browsing.DayCountCollector();
            searcher.Search(QueryBuilder.Build(text, request), facets is null ? days : MultiCollector.Wrap(days, facets));
            counts = days.Result();
        }

        // Without words there is nothing to rank: "relevance" lists newest first, as the default does.
        var newestFirst = sort != SearchSort.Oldest;
        var order = SortFor(newestFirst ? SearchSort.Newest : SearchSort.Oldest);
        var span = Browsing.PageSpan.Locate(counts, newestFirst, (long)(Math.Max(request.Page, 1) - 1) * request.PageSize, request.PageSize);
        var items = new List<SearchHit>();
        if (span.DatedTake > 0)
        {
            var days = request with { From = ArticleDocuments.DayOf(span.FromDay), To = ArticleDocuments.DayOf(span.ToDay) };
            items.AddRange(Slice(searcher, QueryBuilder.Build(text, days), order, span.DatedSkip, span.DatedTake));
        }
        if (span.UndatedTake > 0)
            items.AddRange(Slice(searcher, QueryBuilder.Build(text, request with { Undated = true }), order, span.UndatedSkip, span.UndatedTake));
        var total = (int)Math.Min(counts.Total, int.MaxValue);
        return new SearchResults(text, sort, new PageOf<SearchHit>(items, request.Page, request.PageSize, total))
        {
            Facets = facets?.Result() ?? Browsing.Facets.None,
        };
    }

    private static List<SearchHit> Slice(IndexSearcher searcher, Query query, Sort order, int skip, int take) =>
        searcher.Search(query, skip + take, order).ScoreDocs.Skip(skip).Take(take).Select(hit => Hit(searcher.Doc(hit.Doc), QueryText.Empty)).ToList();

    public IReadOnlyList<SearchHit> RelatedTo(string slug, int count) => index.Search(searcher =>
    {
        var own = searcher.Search(new TermQuery(new Term(IndexFields.Slug, slug)), 1);
        if (own.TotalHits == 0) return (IReadOnlyList<SearchHit>)[];
        var related = Browsing.Related.QueryFor(searcher.IndexReader, searcher.Doc(own.ScoreDocs[0].Doc));
        if (related is null) return [];
        var query = new BooleanQuery { { related, Occur.MUST }, { new TermQuery(new Term(IndexFields.Slug, slug)), Occur.MUST_NOT } };
        // Ties (short articles share their telling words) go to the newest, then by path: not to the order the
        // articles happened to be indexed in, so every replica of the archive shows the same related articles.
        return searcher.Search(TermLookups.Resolve(query, searcher), null, count, SortFor(SearchSort.Relevance)).ScoreDocs
            .Select(hit => Hit(searcher.Doc(hit.Doc), QueryText.Empty)).ToList();
    });

    /// <summary>
    /// The articles either side of this one in the archive's own order (date, then path), found with SearchAfter
    /// from the article's own place: however busy its day, both links are there.
    /// </summary>
    public (SearchHit? Previous, SearchHit? Next) Neighbours(Article article) => index.Search(searcher =>
    {
        if (article.Date is not { } date) return ((SearchHit?)null, (SearchHit?)null);
        var own = new TermQuery(new Term(IndexFields.Slug, article.Slug));
        var day = Content.VietnamTime.Day(date);
        return (After(searcher, own, Backwards, day, -1), After(searcher, own, SortFor(SearchSort.Oldest), day, +1));
    });

    // How far from an article's day its neighbour is looked for first: a busy archive has one within days, and a
    // window costs what its articles cost, not the whole archive (the last step asks every dated article).
    private static readonly int[] NeighbourWindowDays = [7, 100, 1000];

    private static SearchHit? After(IndexSearcher searcher, Query own, Sort order, DateOnly day, int direction)
    {
        var self = searcher.Search(own, 1, order);
        if (self.ScoreDocs.Length == 0) return null;
        // Days follow the sort's moments (a later moment never has an earlier Vietnam day), so the first article
        // after this one within a window of days is the first after it at all.
        var windows = NeighbourWindowDays.Select(days => Window(day, Shift(day, direction * days))).Append(QueryBuilder.Dated());
        foreach (var window in windows)
        {
            var next = searcher.SearchAfter(self.ScoreDocs[0], window, 1, order);
            if (next.ScoreDocs.Length > 0) return Hit(searcher.Doc(next.ScoreDocs[0].Doc), QueryText.Empty);
        }
        return null;
    }

    private static DateOnly Shift(DateOnly day, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static NumericRangeQuery<int> Window(DateOnly one, DateOnly other) => one <= other ? QueryBuilder.Days(one, other) : QueryBuilder.Days(other, one);

    public Browsing.ArchiveCalendar Calendar() => index.Search(searcher => CalendarOf(searcher.IndexReader));

    private Browsing.ArchiveCalendar CalendarOf(IndexReader reader)
    {
        if (_calendar is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Calendar;
        var calendar = CountDays(reader);
        _calendar = new CountedDays(reader, calendar);
        return calendar;
    }

    // One pass over the day doc values: a million articles take milliseconds, and only once per index change.
    private static Browsing.ArchiveCalendar CountDays(IndexReader reader)
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
        return new Browsing.ArchiveCalendar(days, undated);
    }

    public IReadOnlyList<Suggestions.Completion> Complete(string? typed) =>
        index.Search(searcher => Suggestions.Completions.For(searcher, typed));

    public IReadOnlyList<TagCount> Tags() => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        if (_tags is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Counts;
        var counts = Browsing.TagCounts.Count(reader);
        _tags = new CountedTags(reader, counts);
        return counts;
    });

    public IReadOnlyList<SourceCount> Sources() => index.Search(searcher =>
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
        return (IReadOnlyList<SourceCount>)ordered;
    });

    private static SortField DateOrder(bool reverse, long missing)
    {
        var field = new SortField(IndexFields.SortDate, SortFieldType.INT64, reverse);
        field.SetMissingValue(missing);
        return field;
    }

    private static string? Relaxed(IndexSearcher searcher, QueryText text, SearchRequest request)
    {
        var relaxed = Suggestions.Relaxation.WithoutRarestWord(searcher.IndexReader, text);
        if (relaxed is null) return null;
        var query = QueryBuilder.Build(QueryText.Parse(relaxed), request);
        return searcher.Search(query, 1).TotalHits > 0 ? relaxed : null;
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(NewestFirst, ById),
        SearchSort.Oldest => new Sort(OldestFirst, ById),
        _ => new Sort(SortField.FIELD_SCORE, NewestFirst, ById),
    };

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, QueryText text)
    {
        var title = doc.Get(IndexFields.Title) ?? "";
        var date = doc.Get(IndexFields.Date);
        return new SearchHit(
            doc.Get(IndexFields.Slug),
            title,
            text.HasWords ? Snippets.MarkAll(title, text) : Content.Rendering.HtmlText.Encode(title),
            date is null ? null : DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            doc.Get(IndexFields.SourceName),
            doc.Get(IndexFields.SourceUrl),
            doc.Get(IndexFields.Excerpt) ?? "",
            text.HasWords ? Snippets.Best(doc.Get(IndexFields.Body) ?? "", text) : null);
    }

    private sealed record CountedSources(IndexReader Reader, IReadOnlyList<SourceCount> Counts);

    private sealed record CountedDays(IndexReader Reader, Browsing.ArchiveCalendar Calendar);

    private sealed record CountedTags(IndexReader Reader, IReadOnlyList<TagCount> Counts);
}
