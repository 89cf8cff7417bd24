using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using F = NewsArchive.Search.Indexing.IndexFields;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Builds the Lucene query from what the reader typed. Each word asks the tier that matches how it was typed and
/// every looser tier below it, the more exact ones counting more: typed diacritics rank exact spellings first,
/// and plain letters still find every spelling. Neighbouring words also match as pairs, so a word of several
/// syllables outranks the same syllables scattered.
/// </summary>
public static class QueryBuilder
{
    public const float ExactBoost = 3f;
    public const float TonelessBoost = 1.5f;
    public const float FoldedBoost = 1f;
    public const float TitleBoost = 2f;
    public const float PairBoost = 2f;
    public const float PastedPairBoost = 0.5f;

    private static readonly (string Part, float Boost)[] Parts = [(F.BodyPart, 1f), (F.TitlePart, TitleBoost)];

    /// <summary>Past this many words the query is pasted text (a headline, a lead): fewer tiers keep it fast.</summary>
    public const int PastedWords = 12;

    public static Query Build(QueryText text, SearchRequest request)
    {
        // Coordination counts words (inside Words), not pairs and filters.
        var query = new BooleanQuery(disableCoord: true);
        // A word or pair said twice asks once: a pasted text that repeats itself (or a query made of one word a
        // thousand times) costs what its distinct words cost.
        var words = text.Runs.SelectMany(r => r).Distinct().ToList();
        var pasted = words.Count > PastedWords;
        if (words.Count > 0) query.Add(Words(words, pasted), Occur.MUST);
        var pairs = new HashSet<Term>();
        foreach (var run in text.Runs) AddPairs(query, run, text.TypesTones && !pasted, pasted ? PastedPairBoost : PairBoost, pairs);
        foreach (var phrase in text.Phrases) query.Add(Phrase(phrase), Occur.MUST);
        if (!text.HasWords) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var excluded in text.Exclusions) AddExclusion(query, excluded);

        if (request.From is not null || request.To is not null)
        {
            var from = request.From is { } f ? ArticleDocuments.DayNumber(f) : (int?)null;
            var to = request.To is { } t ? ArticleDocuments.DayNumber(t) : (int?)null;
            query.Add(Filter(NumericRangeQuery.NewInt32Range(F.Day, from, to, true, true)), Occur.MUST);
        }
        if (!string.IsNullOrEmpty(request.Source))
            query.Add(Filter(new TermQuery(new Term(F.Source, request.Source))), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Tag))
            query.Add(Filter(new TermQuery(new Term(F.TagSlug, request.Tag))), Occur.MUST);
        if (request.Undated) query.Add(Dated(), Occur.MUST_NOT);
        return query;
    }

    /// <summary>Every article with a date: any value at all in the day field.</summary>
    public static Query Dated() => NumericRangeQuery.NewInt32Range(F.Day, null, null, true, true);

    /// <summary>Whether the request filters by more than dates, so the calendar's counts are not its counts.</summary>
    internal static bool FiltersBeyondDates(QueryText text, SearchRequest request) =>
        text.Exclusions.Count > 0 || !string.IsNullOrEmpty(request.Source) || !string.IsNullOrEmpty(request.Tag);

    /// <summary>All words of a short query must match; a long one (a pasted headline or lead) needs most of them.</summary>
    internal static int WordsRequired(int count) => count switch
    {
        <= 3 => count,
        <= 6 => count - 1,
        <= PastedWords => (int)Math.Ceiling(count * 0.6),
        _ => (int)Math.Ceiling(count * 0.1),
    };

    private static BooleanQuery Words(List<QueryWord> words, bool pasted)
    {
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(Word(word, pasted), Occur.SHOULD);
        query.MinimumNumberShouldMatch = WordsRequired(words.Count);
        return query;
    }

    private static BooleanQuery Word(QueryWord word, bool pasted)
    {
        var query = new BooleanQuery(disableCoord: true);
        // Pasted text is matched on its plain letters: its words all count, however they were spelled.
        foreach (var tier in pasted ? [Tier.Folded] : TiersFrom(word.Tier))
        {
            foreach (var (part, boost) in Parts)
            {
                // In pasted text a title word is one of many; its headline weight would drown the body's evidence.
                var weight = TierBoost(tier) * (pasted ? 1f : boost);
                query.Add(new TermQuery(new Term(F.Words(part, tier), word.Form(tier))) { Boost = weight }, Occur.SHOULD);
            }
        }
        return query;
    }

    private static void AddPairs(BooleanQuery query, IReadOnlyList<QueryWord> run, bool exactToo, float pairBoost, HashSet<Term> asked)
    {
        for (var i = 0; i + 1 < run.Count; i++)
        {
            foreach (var (part, boost) in Parts)
            {
                var folded = new Term(F.Pairs(part, Tier.Folded), run[i].Form(Tier.Folded) + " " + run[i + 1].Form(Tier.Folded));
                if (asked.Add(folded)) query.Add(new TermQuery(folded) { Boost = pairBoost * boost }, Occur.SHOULD);
                if (!exactToo) continue;
                var exact = new Term(F.Pairs(part, Tier.Exact), run[i].Canonical + " " + run[i + 1].Canonical);
                if (asked.Add(exact)) query.Add(new TermQuery(exact) { Boost = pairBoost * boost }, Occur.SHOULD);
            }
        }
    }

    /// <summary>A quoted phrase, in the loosest tier any of its words was typed in, found in title or body.</summary>
    private static BooleanQuery Phrase(IReadOnlyList<QueryWord> words)
    {
        var tier = words.Max(w => w.Tier);
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (part, _) in Parts) either.Add(PhraseIn(F.Words(part, tier), words, tier), Occur.SHOULD);
        return either;
    }

    private static Query PhraseIn(string field, IReadOnlyList<QueryWord> words, Tier tier)
    {
        if (words.Count == 1) return new TermQuery(new Term(field, words[0].Form(tier)));
        var phrase = new PhraseQuery();
        foreach (var word in words) phrase.Add(new Term(field, word.Form(tier)));
        return phrase;
    }

    private static void AddExclusion(BooleanQuery query, IReadOnlyList<QueryWord> words)
    {
        var tier = words.Max(w => w.Tier);
        foreach (var (part, _) in Parts) query.Add(PhraseIn(F.Words(part, tier), words, tier), Occur.MUST_NOT);
    }

    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0f };

    private static IEnumerable<Tier> TiersFrom(Tier typed) => Enum.GetValues<Tier>().Where(t => t >= typed);

    private static float TierBoost(Tier tier) => tier switch
    {
        Tier.Exact => ExactBoost,
        Tier.Toneless => TonelessBoost,
        _ => FoldedBoost,
    };
}
