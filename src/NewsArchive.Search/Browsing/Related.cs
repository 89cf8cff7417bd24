using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using F = NewsArchive.Search.Indexing.IndexFields;

namespace NewsArchive.Search.Browsing;

/// <summary>Articles about the same thing, by Lucene's MoreLikeThis over the exact-spelling words of title and body.</summary>
internal static class Related
{
    private static readonly CanonicalAnalyzer Analyzer = new();

    // Enough of an article to say what it is about; long reports cost no more than this.
    private const int TextLength = 5_000;

    public static Query? QueryFor(IndexReader reader, Lucene.Net.Documents.Document doc)
    {
        var text = (doc.Get(F.Title) ?? "") + "\n" + (doc.Get(F.Body) ?? "");
        if (text.Length > TextLength) text = text[..TextLength];
        var field = F.Words(F.BodyPart, Tier.Exact);
        var like = new MoreLikeThis(reader)
        {
            Analyzer = Analyzer,
            FieldNames = [field],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
            MinWordLen = 2,
        };
        // A word in a tenth of a sizeable archive says nothing about the subject (a small one has no such words).
        if (reader.NumDocs >= 1000) like.SetMaxDocFreqPct(10);
        using var words = new StringReader(text);
        var query = like.Like(words, field);
        return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
    }
}
