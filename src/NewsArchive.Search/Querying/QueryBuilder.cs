using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Builds the Lucene query from what the reader typed. Each word asks the tier that matches how it was typed and
/// every looser tier below it, the more exact ones counting more: typed diacritics rank exact spellings first,
/// and plain letters still find every spelling (a word without tones asks for its toned spellings). Neighbouring
/// words also match as pairs, so a word of several syllables outranks the same syllables scattered.
/// </summary>
public static class QueryBuilder
{
    public const float ExactBoost = 3f;
    public const float TonelessBoost = 1.5f;
    public const float FoldedBoost = 1f;
    public const float TitleBoost = 2f;
    public const float PairBoost = 2f;
    public const float PastedPairBoost = 0.5f;

    /// <summary>
    /// Pasted text weighs its words in a title below the body: a lead or paragraph is matched against the article
    /// that says it, and a headline's few words would otherwise outweigh the body's many. On the dev queries' leads
    /// MRR@10 was 0.874 at 1.5, 0.878 at 1 and 0.881 at 0.7 (0.879 at 0.4).
    /// </summary>
    public const float PastedTitleBoost = 0.7f;

    private static readonly (string Part, float Boost)[] Parts = [(IndexFields.BodyPart, 1f), (IndexFields.TitlePart, TitleBoost)];

    /// <summary>Past this many words the query is pasted text (a headline, a lead): fewer tiers keep it fast.</summary>
    public const int PastedWords = 12;

    /// <summary>Whether the query is pasted text: more distinct words than <see cref="PastedWords"/>.</summary>
    public static bool IsPasted(QueryText text) => text.Runs.SelectMany(r => r).Distinct().Count() > PastedWords;

    public static Query Build(QueryText text, SearchRequest request)
    {
        // Coordination counts words (inside Words), not pairs and filters.
        var query = new BooleanQuery(disableCoord: true);
        // A word or pair said twice asks once: a pasted text that repeats itself (or a query made of one word a
        // thousand times) costs what its distinct words cost.
        var words = text.Runs.SelectMany(r => r).Distinct().ToList();
        var pasted = words.Count > PastedWords;
        if (words.Count > 0) query.Add(Words(words, pasted), Occur.MUST);
        AddPairs(query, text.Runs, words.Count, text.TypesTones && !pasted, pasted ? PastedPairBoost : PairBoost);
        foreach (var phrase in text.Phrases) query.Add(Phrase(phrase), Occur.MUST);
        if (!text.HasWords) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var excluded in text.Exclusions) AddExclusion(query, excluded);

        if (request.From is not null || request.To is not null) query.Add(Filter(Days(request.From, request.To)), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Source))
            query.Add(Filter(new TermQuery(new Term(IndexFields.Source, request.Source))), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Tag))
            query.Add(Filter(new TermQuery(new Term(IndexFields.TagSlug, request.Tag))), Occur.MUST);
        if (request.Undated) query.Add(Dated(), Occur.MUST_NOT);
        return query;
    }

    /// <summary>Every article with a date: any value at all in the day field.</summary>
    public static NumericRangeQuery<int> Dated() => Days(null, null);

    /// <summary>Articles of the Vietnam days from one day to another, both included (either open).</summary>
    public static NumericRangeQuery<int> Days(DateOnly? from, DateOnly? to) => NumericRangeQuery.NewInt32Range(IndexFields.Day,
        from is { } f ? ArticleDocuments.DayNumber(f) : null, to is { } t ? ArticleDocuments.DayNumber(t) : null, true, true);

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
        // Pasted text is matched on its plain letters: its words all count, however they were spelled. And in pasted
        // text a title word is one of many; its headline weight would drown the body's evidence.
        var asked = pasted ? [(Tier.Folded, word.Form(Tier.Folded), FoldedBoost)] : Weighted(word);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (part, boost) in Parts)
        {
            foreach (var (tier, spelling, weight) in asked)
                query.Add(new TermQuery(new Term(IndexFields.Words(part, tier), spelling)) { Boost = weight * (pasted ? PastedBoost(part) : boost) }, Occur.SHOULD);
        }
        return query;
    }

    private static float PastedBoost(string part) => part == IndexFields.TitlePart ? PastedTitleBoost : 1f;

    /// <summary>
    /// The spellings a word asks for, with the index tier each is found in and its weight. A spelling asked by two
    /// tiers (an exact word is also one of its toned spellings) is asked once, with both weights: scores add up,
    /// so it ranks the same and costs one term. A word typed with its tone asks for that one toned spelling: its
    /// other tones (a syllable has up to six) would only order among themselves the spellings the reader did not
    /// type, a term each for every match, and the dev queries rank the same without them.
    /// </summary>
    private static List<(Tier Tier, string Spelling, float Weight)> Weighted(QueryWord word)
    {
        var weights = new Dictionary<(Tier, string), float>();
        foreach (var tier in TiersFrom(word.Tier))
        {
            var spellings = word.Tier == Tier.Exact && tier == Tier.Toneless ? [word.Form(Tier.Exact)] : Spellings(word, tier);
            foreach (var spelling in spellings)
                weights[(Indexed(tier), spelling)] = weights.GetValueOrDefault((Indexed(tier), spelling)) + TierBoost(tier);
        }
        return weights.Select(w => (w.Key.Item1, w.Key.Item2, w.Value)).ToList();
    }

    /// <summary>The word in one part (title or body), as exactly as it was typed: the typed tier alone.</summary>
    internal static Query AsTyped(string part, QueryWord word)
    {
        var spellings = Spellings(word, word.Tier);
        if (spellings.Count == 1) return new TermQuery(new Term(IndexFields.Words(part, Indexed(word.Tier)), spellings[0]));
        var any = new BooleanQuery(disableCoord: true);
        foreach (var spelling in spellings) any.Add(new TermQuery(new Term(IndexFields.Words(part, Indexed(word.Tier)), spelling)), Occur.SHOULD);
        return any;
    }

    /// <summary>What a tier of a word asks the index for: its toned spellings for the toneless tier, else its form.</summary>
    private static IReadOnlyList<string> Spellings(QueryWord word, Tier tier) =>
        tier == Tier.Toneless ? AccentedSpellings.WithTones(word.Form(Tier.Toneless)) : [word.Form(tier)];

    /// <summary>The index field tier a tier's spellings are found in: toneless spellings are exact words.</summary>
    private static Tier Indexed(Tier tier) => tier == Tier.Toneless ? Tier.Exact : tier;

    /// <summary>
    /// Neighbouring words also match as pairs, in plain letters (and as typed, when tones were typed). Most
    /// Vietnamese words are two syllables, so a query of several words needs some of its pairs as well as most of
    /// its syllables: an article with the syllables scattered and not one word of the query is noise, and in a
    /// million articles the commonest syllables ("là", "của", "người") are in most of them.
    /// </summary>
    private static void AddPairs(BooleanQuery query, IReadOnlyList<IReadOnlyList<QueryWord>> runs, int words, bool exactToo, float pairBoost)
    {
        var folded = Neighbours(runs, w => w.Form(Tier.Folded)).Select(pair => InEitherPart(Tier.Folded, pair, pairBoost)).ToList();
        var required = PairsRequired(words, folded.Count);
        if (required == 0)
        {
            foreach (var pair in folded) query.Add(pair, Occur.SHOULD);
        }
        else
        {
            var enough = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = required };
            foreach (var pair in folded) enough.Add(pair, Occur.SHOULD);
            query.Add(enough, Occur.MUST);
        }
        if (!exactToo) return;
        foreach (var pair in Neighbours(runs, w => w.Canonical)) query.Add(InEitherPart(Tier.Exact, pair, pairBoost), Occur.SHOULD);
    }

    /// <summary>
    /// How many of its distinct pairs a query must have: none up to three words, a quarter of them for a query of
    /// up to <see cref="PastedWords"/>, a tenth for pasted text. Tuned on the dev queries cut to their first 4, 6
    /// and 8 words: ranking improved at each length. For pasted text a tenth against a twentieth cost the cluster
    /// summaries Recall@10 0.826 → 0.821 and made pasted leads 1.5 to 3.7 times faster at a million articles
    /// (docs/search-quality.md); a fifth cost them far more.
    /// </summary>
    internal static int PairsRequired(int words, int pairs) =>
        words <= 3 ? 0 : (int)Math.Ceiling(pairs * (words > PastedWords ? 0.1 : 0.25));

    private static List<string> Neighbours(IReadOnlyList<IReadOnlyList<QueryWord>> runs, Func<QueryWord, string> form) =>
        runs.SelectMany(run => PairsOf(run.Select(form).ToList())).Distinct().ToList();

    /// <summary>Each two neighbouring words as a pair term spells them (<see cref="TokenFeed"/>): one space between.</summary>
    private static IEnumerable<string> PairsOf(IReadOnlyList<string> words) => words.Zip(words.Skip(1), (first, second) => first + " " + second);

    /// <summary>A pair in the title or the body: one pair, however many parts have it.</summary>
    private static BooleanQuery InEitherPart(Tier tier, string pair, float pairBoost)
    {
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (part, boost) in Parts)
            either.Add(new TermQuery(new Term(IndexFields.Pairs(part, tier), pair)) { Boost = pairBoost * boost }, Occur.SHOULD);
        return either;
    }

    /// <summary>A quoted phrase, in the loosest tier any of its words was typed in, found in title or body.</summary>
    private static BooleanQuery Phrase(IReadOnlyList<QueryWord> words)
    {
        var (tier, places) = PhraseSpellings(words);
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (part, _) in Parts) either.Add(PhraseIn(part, tier, places, Folded(words)), Occur.SHOULD);
        return either;
    }

    /// <summary>A quoted phrase in the title alone, scoring nothing: what <see cref="StricterQuery"/> requires of a phrase.</summary>
    internal static Query InTitle(IReadOnlyList<QueryWord> words)
    {
        var (tier, places) = PhraseSpellings(words);
        return Filter(PhraseIn(IndexFields.TitlePart, tier, places, Folded(words)));
    }

    private static void AddExclusion(BooleanQuery query, IReadOnlyList<QueryWord> words)
    {
        var (tier, places) = PhraseSpellings(words);
        foreach (var (part, _) in Parts) query.Add(PhraseIn(part, tier, places, Folded(words)), Occur.MUST_NOT);
    }

    private static List<string> Folded(IReadOnlyList<QueryWord> words) => words.Select(w => w.Form(Tier.Folded)).ToList();

    /// <summary>
    /// A phrase in the loosest tier any of its words was typed in: the index tier to look in, and each place's
    /// spellings (one form, or, for a word typed without tones, any of its toned spellings).
    /// </summary>
    private static (Tier Tier, List<IReadOnlyList<string>> Places) PhraseSpellings(IReadOnlyList<QueryWord> words)
    {
        var tier = words.Max(w => w.Tier);
        var places = words.Select(w => tier == Tier.Toneless && w.Tier == Tier.Toneless ? Spellings(w, tier) : [w.Form(Indexed(tier))]).ToList();
        return (Indexed(tier), places);
    }

    private static Query PhraseIn(string part, Tier tier, List<IReadOnlyList<string>> places, IReadOnlyList<string> folded)
    {
        var field = IndexFields.Words(part, tier);
        if (places.Count == 1 && places[0].Count == 1) return new TermQuery(new Term(field, places[0][0]));
        var phrase = new MultiPhraseQuery();
        foreach (var place in places) phrase.Add(place.Select(s => new Term(field, s)).ToArray());
        return Adjacent(part, phrase, folded);
    }

    /// <summary>
    /// A phrase of one part, found through that part's plain-letter pairs. Words of a phrase are neighbours, so an
    /// article with the phrase has every one of its folded pairs: the pairs match no fewer articles and add nothing
    /// to the score. They are rare where the words are common ("của các" in a million articles), so they lead the
    /// search, and the phrase reads word positions only in the few articles that have all of them.
    /// </summary>
    internal static Query Adjacent(string part, Query phrase, IReadOnlyList<string> folded)
    {
        if (folded.Count < 2) return phrase;
        var query = new BooleanQuery(disableCoord: true) { { phrase, Occur.MUST } };
        foreach (var pair in PairsOf(folded).Distinct())
            query.Add(Filter(new TermQuery(new Term(IndexFields.Pairs(part, Tier.Folded), pair))), Occur.MUST);
        return query;
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
