using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Benchmarks.Micro;

/// <summary>
/// What one article costs to analyse and add to an index: the archive's Vietnamese chain (exact and plain-letter
/// words, pairs) next to stock StandardAnalyzer on the same text, so the ratio shows what the richer analysis costs.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly Content.Articles.Article _article = Fixture.Article(paragraphs: 6);
    private readonly string _bodyText = string.Join("\n\n", Enumerable.Repeat(Fixture.Paragraph, 6));
    private IndexWriter _archiveWriter = null!;
    private IndexWriter _standardWriter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _archiveWriter = new IndexWriter(new RAMDirectory(), new IndexWriterConfig(WordSplitter.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        _standardWriter = new IndexWriter(new RAMDirectory(), new IndexWriterConfig(WordSplitter.Version, new StandardAnalyzer(WordSplitter.Version)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _archiveWriter.Dispose();
        _standardWriter.Dispose();
    }

    [Benchmark(Description = "words of a 6-paragraph article, with their tier forms")]
    public int SplitWords() => WordSplitter.Split(_bodyText).Count;

    [Benchmark(Description = "archive: add the article (Vietnamese tiers and pairs)")]
    public void AddArchiveDocument() =>
        _archiveWriter.UpdateDocument(new Term(IndexFields.Id, _article.Id), ArticleDocuments.ToDocument(_article, "stamp", _article.Slug));

    [Benchmark(Baseline = true, Description = "stock: add the same text with StandardAnalyzer")]
    public void AddStandardDocument() =>
        _standardWriter.UpdateDocument(new Term("id", _article.Id), new Document
        {
            new StringField("id", _article.Id, Field.Store.YES),
            new TextField("title", _article.Title, Field.Store.YES),
            new TextField("body", _bodyText, Field.Store.YES),
        });
}
