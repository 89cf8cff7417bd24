using Lucene.Net.Search;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Querying;

/// <summary>
/// Counting a sample of the archive: all of it gives the exact counts, a share of it counts about that share of the
/// matches from every part of it; the stricter query scores what it finds as the query does, and finds the best.
/// </summary>
public sealed class EstimatedCountTests : IDisposable
{
    private const string Typed = "giá xăng dầu trong nước tăng mạnh";
    private const int Matching = 120;
    private readonly TestArchive _archive = new();

    public EstimatedCountTests()
    {
        // Three syncs, three segments; in each, market bulletins (with the words) and festival reports take turns.
        for (var batch = 0; batch < 3; batch++)
        {
            for (var i = 0; i < 60; i++)
            {
                var n = batch * 60 + i;
                if (i % 3 == 2)
                    _archive.WriteArticle($"{n:D3}.md", $"Lễ hội đua ghe ngo số {n}", "Các đội ghe ngo tranh tài trên sông.", $"{2020 + n % 5}-05-0{1 + n % 9}");
                else
                    _archive.WriteArticle($"{n:D3}.md", $"Bản tin thị trường số {n}", n % 2 == 0
                        ? "Giá xăng dầu trong nước tăng mạnh từ chiều nay, các mặt hàng khác ít biến động."
                        : "Trong nước, giá xăng ổn định nhưng dầu lại tăng.", $"{2020 + n % 5}-05-0{1 + n % 9}");
            }
            _archive.SyncAll();
        }
        _archive.WriteArticle("bao-cao.md", "Giá xăng dầu trong nước tăng mạnh từ chiều nay", "Giá xăng dầu trong nước tăng mạnh từ chiều nay theo thông báo của liên bộ.", "2024-06-03");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private static Query Built(IndexSearcher searcher) =>
        TermLookups.Resolve(QueryBuilder.Build(QueryText.Parse(Typed), new SearchRequest { Query = Typed }), searcher);

    [Fact]
    public void A_sample_of_the_whole_archive_counts_exactly()
    {
        var (sample, exact, facets) = _archive.Index.Search(searcher =>
        {
            var query = Built(searcher);
            var counter = new TotalHitCountCollector();
            var facetCounter = new FacetCollector();
            searcher.Search(query, MultiCollector.Wrap(counter, facetCounter));
            return (CountSample.Take(searcher, query, 1, withFacets: true), counter.TotalHits, facetCounter.Result());
        });

        Assert.Equal(Matching + 1, exact);
        Assert.Equal(exact, sample.Matches);
        Assert.Equal(exact, sample.Sampled - 60);
        Assert.Equal(facets.Years, sample.Facets.Years);
    }

    [Fact]
    public void A_quarter_of_the_archive_sampled_estimates_the_count_and_every_year()
    {
        var sample = _archive.Index.Search(searcher => CountSample.Take(searcher, Built(searcher), 0.25, withFacets: true));

        Assert.InRange(sample.Sampled, 181 / 4, 181 / 4 + 8);
        Assert.InRange(sample.Total(atLeast: 0), Matching * 0.75, Matching * 1.25);
        Assert.Equal([2024, 2023, 2022, 2021, 2020], sample.Facets.Years.Select(y => y.Year));
    }

    [Fact]
    public void The_stricter_query_finds_fewer_articles_scored_as_the_query_scores_them()
    {
        var (all, strict) = _archive.Index.Search(searcher =>
        {
            var query = Built(searcher);
            var stricter = StricterQuery.Of(query, QueryText.Parse(Typed)).Last();
            return (searcher.Search(query, 1000).ScoreDocs, searcher.Search(stricter, 1000).ScoreDocs);
        });

        Assert.InRange(strict.Length, 2, all.Length - 1);
        var scores = all.ToDictionary(hit => hit.Doc, hit => hit.Score);
        Assert.All(strict, hit => Assert.Equal(scores[hit.Doc], hit.Score, 5));
        Assert.Equal(all[0].Doc, strict[0].Doc);
    }

    [Theory]
    [InlineData("\"giá xăng\"")]
    [InlineData("\"gia xang\"")]
    public void A_quoted_phrase_alone_is_found_more_strictly_in_titles_scored_as_the_query_scores_them(string typed)
    {
        var (all, strict, title) = _archive.Index.Search(searcher =>
        {
            var text = QueryText.Parse(typed);
            var query = TermLookups.Resolve(QueryBuilder.Build(text, new SearchRequest { Query = typed }), searcher);
            var stricter = Assert.Single(StricterQuery.Of(query, text));
            var found = searcher.Search(stricter, 1000).ScoreDocs;
            return (searcher.Search(query, 1000).ScoreDocs, found, searcher.Doc(found[0].Doc).Get(NewsArchive.Search.Indexing.IndexFields.Title));
        });

        // Every bulletin has the phrase in its body; only the report has it in its title.
        Assert.Equal(Matching + 1, all.Length);
        var hit = Assert.Single(strict);
        Assert.Equal(all.Single(h => h.Doc == hit.Doc).Score, hit.Score, 5);
        Assert.StartsWith("Giá xăng dầu", title);
    }
}
