using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Browsing;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Suggestions;

namespace NewsArchive.Search;

/// <summary>
/// What the web asks of the <see cref="CurrentIndex"/>, each job done by its own part: ranked search (Querying),
/// lists in time order, neighbours, related articles and the catalogue's counts (Browsing), and the help around a
/// search (Suggestions). Safe to call from many requests at once.
/// </summary>
public sealed class ArchiveSearch(CurrentIndex index, CountEstimation estimation) : IArchiveSearch
{
    private readonly Catalogue _catalogue = new();

    public ArchiveSearch(CurrentIndex index)
        : this(index, CountEstimation.Default)
    {
    }

    public ArchiveSearch(ArchiveIndex index)
        : this(new CurrentIndex(index))
    {
    }

    /// <inheritdoc cref="RankedSearch.MaxResultWindow"/>
    public const int MaxResultWindow = RankedSearch.MaxResultWindow;

    public bool IsReady => index.IsSearchable;

    public int ArticleCount => index.Search(searcher => searcher.IndexReader.NumDocs);

    public Article? FindBySlug(string slug) => index.Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Slug, slug)), 1);
        return hits.TotalHits == 0 ? null : ArticleDocuments.ToArticle(searcher.Doc(hits.ScoreDocs[0].Doc));
    });

    /// <summary>
    /// Words are ranked; without words it is a list in time order. Telex or VNI typed with the input method off is
    /// read as the words meant; a search typed without marks gets a "did you mean", and one that finds nothing the
    /// same search without its rarest word.
    /// </summary>
    public SearchResults Search(SearchRequest request) => index.Search(searcher => Search(searcher, request, _catalogue, estimation));

    /// <summary><see cref="Search(SearchRequest)"/> on a given searcher (the in-process benchmark opens one read-only).</summary>
    internal static SearchResults Search(IndexSearcher searcher, SearchRequest request, Catalogue catalogue, CountEstimation estimation)
    {
        var readAs = request.Literal ? null : TypingReader.Read(searcher.IndexReader, request.Query);
        var text = QueryText.Parse(readAs ?? request.Query);
        var sort = request.EffectiveSort(text.HasWords);
        if (!text.HasWords) return TimeOrderedList.Run(searcher, text, sort, request, catalogue) with { ReadAs = readAs };
        var ranked = RankedSearch.Run(searcher, text, sort, request, estimation);
        return ranked with
        {
            ReadAs = readAs,
            Suggestion = AccentRestorer.Suggest(searcher, text),
            Relaxed = ranked.Hits.TotalCount == 0 ? Relaxed(searcher, text, request) : null,
        };
    }

    public IReadOnlyList<SearchHit> RelatedTo(string slug, int count) => index.Search(searcher => Related.To(searcher, slug, count));

    public (SearchHit? Previous, SearchHit? Next) Neighbours(Article article) => index.Search(searcher => Browsing.Neighbours.Of(searcher, article));

    public ArchiveCalendar Calendar() => index.Search(searcher => _catalogue.Calendar(searcher.IndexReader));

    public IReadOnlyList<Completion> Complete(string? typed) => index.Search(searcher => Completions.For(searcher, typed));

    public IReadOnlyList<TagCount> Tags() => index.Search(searcher => _catalogue.Tags(searcher.IndexReader));

    public IReadOnlyList<SourceCount> Sources() => index.Search(_catalogue.Sources);

    private static string? Relaxed(IndexSearcher searcher, QueryText text, SearchRequest request)
    {
        var relaxed = Relaxation.WithoutRarestWord(searcher.IndexReader, text);
        if (relaxed is null) return null;
        var query = QueryBuilder.Build(QueryText.Parse(relaxed), request);
        return searcher.Search(query, 1).TotalHits > 0 ? relaxed : null;
    }
}
