using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;
using NewsArchive.Search.Suggestions;

namespace NewsArchive.Evaluation;

/// <summary>A search engine under evaluation: the ids of the top ten, and how many hits in all.</summary>
internal interface IRetriever : IDisposable
{
    (IReadOnlyList<string> Top, int Total) Search(string query);
}

/// <summary>
/// The archive's own index and ranking, as the site ranks by relevance (Telex/VNI read back, a short query's best
/// few hundred reordered, a query matching much of the archive ranked through its stricter form), without snippets.
/// </summary>
internal sealed class ArchiveRetriever(ArchiveIndex index, CountEstimation estimation) : IRetriever
{
    public static ArchiveRetriever Build(string folder, IEnumerable<CorpusArticle> articles, CountEstimation estimation)
    {
        var index = ArchiveIndex.Open(folder);
        if (!index.IsComplete)
        {
            foreach (var batch in articles.Chunk(2000))
                index.Apply(batch.AsParallel().AsOrdered().Select(a => new IndexedFile(a.ToArticle(), "evaluation")).ToList(), []);
            index.Commit(complete: true);
        }
        return new ArchiveRetriever(index, estimation);
    }

    public (IReadOnlyList<string> Top, int Total) Search(string query)
    {
        return index.Search(searcher =>
        {
            // As the site reads it: Telex or VNI typed with the input method off is read as the words meant.
            var text = QueryText.Parse(TypingReader.Read(searcher.IndexReader, query) ?? query);
            var ranking = RankedSearch.Rank(searcher, text, SearchSort.Relevance, new SearchRequest { Query = query, PageSize = 10 }, estimation);
            return ((IReadOnlyList<string>)ranking.Ranked.Select(d => searcher.Doc(d.Doc).Get(IndexFields.Id)).ToList(), ranking.Total);
        });
    }

    /// <summary>An article's title, for the lists of misses printed while tuning.</summary>
    public string TitleOf(string id) => index.Search(searcher =>
        searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs is [var hit] ? searcher.Doc(hit.Doc).Get(IndexFields.Title) : "?");

    public void Dispose() => index.Dispose();
}

/// <summary>
/// A baseline: a stock analyzer (StandardAnalyzer, or the same with ASCII folding) over title and body, default
/// similarity, the words OR-ed.
/// </summary>
internal sealed class StandardRetriever : IRetriever
{
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;

    private StandardRetriever(string folder, Analyzer analyzer)
    {
        _directory = new NIOFSDirectory(new DirectoryInfo(folder));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _analyzer = analyzer;
    }

    public static StandardRetriever Build(string folder, IEnumerable<CorpusArticle> articles, Func<Analyzer> analyzerOf)
    {
        using (var directory = new NIOFSDirectory(new DirectoryInfo(folder)))
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                using var analyzer = analyzerOf();
                using var writer = new IndexWriter(directory, new IndexWriterConfig(WordSplitter.Version, analyzer) { RAMBufferSizeMB = 64 });
                foreach (var article in articles)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("id", article.Id, Field.Store.YES),
                        new TextField("text", article.Title + "\n" + article.Body, Field.Store.NO),
                    });
                }
                writer.Commit();
            }
        }
        return new StandardRetriever(folder, analyzerOf());
    }

    public (IReadOnlyList<string> Top, int Total) Search(string query)
    {
        var built = new BooleanQuery();
        using var stream = _analyzer.GetTokenStream("text", query);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && built.Clauses.Count < BooleanQuery.MaxClauseCount)
            built.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
        stream.End();

        var top = _searcher.Search(built, 10);
        return (top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList(), top.TotalHits);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

/// <summary>Stands in for the baseline when it is not wanted: finds nothing.</summary>
internal sealed class NoRetriever : IRetriever
{
    public (IReadOnlyList<string> Top, int Total) Search(string query) => ([], 0);

    public void Dispose()
    {
    }
}
