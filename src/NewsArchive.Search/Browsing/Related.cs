using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Browsing;

/// <summary>
/// Articles about the same thing: the article's most telling exact-spelling words (MoreLikeThis's recipe: frequency
/// in the article times rarity in the archive) asked of title and body.
/// </summary>
/// <remarks>
/// Lucene's MoreLikeThis asks the index for every distinct word with a fresh term enumerator per word and segment,
/// hundreds of dictionary seeks for one article page. Here the words are counted by <see cref="Indexing.TermCounts"/>;
/// the words chosen are the same but for ties.
/// </remarks>
internal static class Related
{
    private static readonly CanonicalAnalyzer Analyzer = new();

    // Enough of an article to say what it is about; long reports cost no more than this.
    private const int TextLength = 5_000;
    private const int MaxQueryTerms = 25;
    private const int MinWordLength = 2;
    private const int MinDocFreq = 2;

    /// <summary>
    /// Up to <paramref name="count"/> articles about the same thing as the one at <paramref name="slug"/>. Ties (short
    /// articles share their telling words) go to the newest, then by path, so every replica shows the same ones.
    /// </summary>
    public static IReadOnlyList<SearchHit> To(IndexSearcher searcher, string slug, int count)
    {
        var own = searcher.Search(new TermQuery(new Term(IndexFields.Slug, slug)), 1);
        if (own.TotalHits == 0) return [];
        var related = QueryFor(searcher.IndexReader, searcher.Doc(own.ScoreDocs[0].Doc));
        if (related is null) return [];
        var query = new BooleanQuery { { related, Occur.MUST }, { new TermQuery(new Term(IndexFields.Slug, slug)), Occur.MUST_NOT } };
        return searcher.Search(TermLookups.Resolve(query, searcher), null, count, ArticleOrder.For(SearchSort.Relevance)).ScoreDocs
            .Select(hit => SearchHits.From(searcher.Doc(hit.Doc), QueryText.Empty)).ToList();
    }

    private static BooleanQuery? QueryFor(IndexReader reader, Lucene.Net.Documents.Document doc)
    {
        var text = (doc.Get(IndexFields.Title) ?? "") + "\n" + (doc.Get(IndexFields.Body) ?? "");
        if (text.Length > TextLength) text = text[..TextLength];
        var field = IndexFields.Words(IndexFields.BodyPart, Tier.Exact);

        var counts = WordCounts(field, text);
        var docFreqs = Indexing.TermCounts.Of(reader, field, counts.Keys);
        var numDocs = reader.NumDocs;
        // A word in a tenth of a sizeable archive says nothing about the subject (a small one has no such words).
        var maxDocFreq = numDocs >= 1000 ? numDocs / 10 : int.MaxValue;

        // Ties (common in short articles) go to the word that sorts first, so the choice does not depend on hashing.
        var telling = counts
            .Select(word => (Word: word.Key, Count: word.Value, DocFreq: docFreqs.GetValueOrDefault(word.Key)))
            .Where(w => w.DocFreq >= MinDocFreq && w.DocFreq <= maxDocFreq)
            .Select(w => (w.Word, Score: w.Count * Idf(w.DocFreq, numDocs)))
            .OrderByDescending(w => w.Score).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(MaxQueryTerms)
            .ToList();
        if (telling.Count == 0) return null;

        var query = new BooleanQuery();
        foreach (var (word, _) in telling) query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        return query;
    }

    /// <summary>How often each word of two letters or more occurs in the text, as the index spells it.</summary>
    private static Dictionary<string, int> WordCounts(string field, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var tokens = Analyzer.GetTokenStream(field, new StringReader(text));
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            if (term.Length < MinWordLength) continue;
            var word = term.ToString();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        tokens.End();
        return counts;
    }

    // Lucene's classic idf, as MoreLikeThis weighs words with it.
    private static float Idf(int docFreq, int numDocs) => (float)(Math.Log(numDocs / (double)(docFreq + 1)) + 1.0);
}
