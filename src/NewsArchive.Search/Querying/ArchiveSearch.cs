using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Archive;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Indexing;
using F = NewsArchive.Search.Indexing.IndexFields;

namespace NewsArchive.Search.Querying;

/// <summary>Searches and browses the <see cref="ArchiveIndex"/>; safe to call from many requests at once.</summary>
public sealed class ArchiveSearch(ArchiveIndex index) : IArchiveSearch
{
    // Sources and the calendar change only with the content; recounted when the index changes, not per request.
    private volatile CountedSources? _sources;
    private volatile CountedDays? _calendar;

    /// <summary>Results a reader can page to; deeper pages cost memory per request and nobody reads them.</summary>
    public const int MaxResultWindow = 10_000;

    // Undated articles cannot be placed in time: they come after every dated one, whichever way the order runs.
    private static readonly SortField NewestFirst = DateOrder(reverse: true, missing: long.MinValue);
    private static readonly SortField OldestFirst = DateOrder(reverse: false, missing: long.MaxValue);
    private static readonly SortField ById = new(F.SortId, SortFieldType.STRING);

    public bool IsReady => index.IsSearchable;

    public int ArticleCount => index.Search(searcher => searcher.IndexReader.NumDocs);

    public Article? FindBySlug(string slug) => index.Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(F.Slug, slug)), 1);
        return hits.TotalHits == 0 ? null : ArticleDocuments.ToArticle(searcher.Doc(hits.ScoreDocs[0].Doc));
    });

    public SearchResults Search(SearchRequest request)
    {
        var skip = (long)(Math.Max(request.Page, 1) - 1) * request.PageSize;
        var wanted = (int)Math.Min(skip + request.PageSize, MaxResultWindow);

        return index.Search(searcher =>
        {
            var readAs = request.Literal ? null : Suggestions.TypingReader.Read(searcher.IndexReader, request.Query);
            var text = QueryText.Parse(readAs ?? request.Query);
            var sort = request.EffectiveSort(text.HasWords);
            var query = QueryBuilder.Build(text, request);
            var collector = TopFieldCollector.Create(SortFor(sort), Math.Max(wanted, 1), fillFields: true, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
            var facets = request.WithFacets ? new Browsing.FacetCollector() : null;
            searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
            var top = collector.GetTopDocs();
            var items = skip >= wanted
                ? []
                : top.ScoreDocs.Skip((int)skip).Select(hit => Hit(searcher.Doc(hit.Doc), text)).ToList();
            return new SearchResults(text, sort, new PageOf<SearchHit>(items, request.Page, request.PageSize, top.TotalHits))
            {
                ReadAs = readAs,
                Facets = facets?.Result() ?? Browsing.Facets.None,
                Suggestion = Suggestions.AccentRestorer.Suggest(searcher, text),
                Relaxed = top.TotalHits == 0 ? Relaxed(searcher, text, request) : null,
            };
        });
    }

    public IReadOnlyList<SearchHit> RelatedTo(string slug, int count) => index.Search(searcher =>
    {
        var own = searcher.Search(new TermQuery(new Term(F.Slug, slug)), 1);
        if (own.TotalHits == 0) return (IReadOnlyList<SearchHit>)[];
        var related = Browsing.Related.QueryFor(searcher.IndexReader, searcher.Doc(own.ScoreDocs[0].Doc));
        if (related is null) return [];
        var query = new BooleanQuery { { related, Occur.MUST }, { new TermQuery(new Term(F.Slug, slug)), Occur.MUST_NOT } };
        return searcher.Search(query, count).ScoreDocs.Select(hit => Hit(searcher.Doc(hit.Doc), QueryText.Empty)).ToList();
    });

    // Neighbours are looked for among this many articles of the same day onwards (or backwards): a day busier than
    // that loses its links at the edges, which is rare and harmless.
    private const int NeighbourWindow = 200;

    public (SearchHit? Previous, SearchHit? Next) Neighbours(Article article)
    {
        if (article.Date is not { } date) return (null, null);
        var day = Content.VietnamTime.Day(date);
        return (Beside(article.Slug, new SearchRequest { To = day, Sort = SearchSort.Newest, PageSize = NeighbourWindow }),
            Beside(article.Slug, new SearchRequest { From = day, Sort = SearchSort.Oldest, PageSize = NeighbourWindow }));
    }

    private SearchHit? Beside(string slug, SearchRequest request)
    {
        var items = Search(request).Hits.Items;
        var at = items.ToList().FindIndex(hit => hit.Slug == slug);
        return at >= 0 && at + 1 < items.Count && items[at + 1].Date is not null ? items[at + 1] : null;
    }

    public Browsing.ArchiveCalendar Calendar() => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        if (_calendar is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Calendar;
        var calendar = CountDays(reader);
        _calendar = new CountedDays(reader, calendar);
        return calendar;
    });

    // One pass over the day doc values: a million articles take milliseconds, and only once per index change.
    private static Browsing.ArchiveCalendar CountDays(IndexReader reader)
    {
        var byNumber = new Dictionary<long, int>();
        var undated = 0;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var values = atomic.GetNumericDocValues(F.Day);
            var hasDay = atomic.GetDocsWithField(F.Day);
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                if (values is null || hasDay is null || !hasDay.Get(doc)) { undated++; continue; }
                var number = values.Get(doc);
                byNumber[number] = byNumber.GetValueOrDefault(number) + 1;
            }
        }
        var days = byNumber.ToDictionary(d => new DateOnly((int)(d.Key / 10000), (int)(d.Key / 100 % 100), (int)(d.Key % 100)), d => d.Value);
        return new Browsing.ArchiveCalendar(days, undated);
    }

    public IReadOnlyList<Suggestions.Completion> Complete(string? typed) =>
        index.Search(searcher => Suggestions.Completions.For(searcher, typed));

    public IReadOnlyList<SourceCount> Sources() => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        if (_sources is { } cached && ReferenceEquals(cached.Reader, reader)) return cached.Counts;

        var sources = new List<SourceCount>();
        var terms = MultiFields.GetTerms(reader, F.Source);
        if (terms is not null)
        {
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                var slug = each.Term.Utf8ToString();
                var hits = searcher.Search(new TermQuery(new Term(F.Source, slug)), 1);
                if (hits.TotalHits == 0) continue;
                var doc = searcher.Doc(hits.ScoreDocs[0].Doc);
                var site = Uri.TryCreate(doc.Get(F.SourceUrl), UriKind.Absolute, out var url) ? new Uri(url.GetLeftPart(UriPartial.Authority) + "/") : null;
                sources.Add(new SourceCount(slug, doc.Get(F.SourceName) ?? slug, hits.TotalHits, site));
            }
        }
        var ordered = sources.OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        _sources = new CountedSources(reader, ordered);
        return (IReadOnlyList<SourceCount>)ordered;
    });

    private static SortField DateOrder(bool reverse, long missing)
    {
        var field = new SortField(F.SortDate, SortFieldType.INT64, reverse);
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
        var title = doc.Get(F.Title) ?? "";
        var date = doc.Get(F.Date);
        return new SearchHit(
            doc.Get(F.Slug),
            title,
            text.HasWords ? Snippets.MarkAll(title, text) : Content.Rendering.HtmlText.Encode(title),
            date is null ? null : DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            doc.Get(F.SourceName),
            doc.Get(F.SourceUrl),
            doc.Get(F.Excerpt) ?? "",
            text.HasWords ? Snippets.Best(doc.Get(F.Body) ?? "", text) : null);
    }

    private sealed record CountedSources(IndexReader Reader, IReadOnlyList<SourceCount> Counts);

    private sealed record CountedDays(IndexReader Reader, Browsing.ArchiveCalendar Calendar);
}
