using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>
/// The same query needing more of its neighbouring pairs (<see cref="QueryBuilder"/> asks a quarter of them, pasted
/// text a tenth). Its scores are the query's own (only the number of pairs a match needs changes), and the articles
/// that rank first for a query of several words have most of its pairs, so its best matches are the query's best
/// matches, found among far fewer articles.
/// </summary>
internal static class StricterQuery
{
    /// <summary>
    /// Share of its pairs a query of up to <see cref="QueryBuilder.PastedWords"/> words needs here when all its pairs
    /// but one find too few articles. Half of them alone left a six-word headline of common pairs matching a tenth of
    /// a million articles. Both rank better than the quarter the query asks: the dev queries cut to their first 4, 6
    /// and 8 words gained about 0.02 of MRR@10 each.
    /// </summary>
    public const double PairShare = 0.5;

    /// <summary>
    /// Share of its pairs pasted text needs here. On the dev queries a quarter cost the cluster summaries Recall@10
    /// 0.821 → 0.797 (their other articles share few of a summary's pairs); 15 % costs 0.003 and gains the leads as much.
    /// </summary>
    public const double PastedPairShare = 0.15;

    private static readonly string[] PairFields =
        [IndexFields.Pairs(IndexFields.BodyPart, Tier.Folded), IndexFields.Pairs(IndexFields.TitlePart, Tier.Folded)];

    /// <summary>
    /// Stricter forms of a query built by <see cref="QueryBuilder"/>, strictest first: for a search box query all its
    /// pairs but one, then half of them; for pasted text 15 %; for quoted phrases alone, the first in the title. None
    /// when it has no required pairs (three words or fewer) or already needs as many.
    /// </summary>
    public static IEnumerable<BooleanQuery> Of(Query query, QueryText text)
    {
        if (query is not BooleanQuery top) yield break;
        if (text.Runs.Count == 0 && text.Phrases.Count > 0)
        {
            yield return PhraseInTitle(top, text.Phrases[0]);
            yield break;
        }
        if (top.Clauses.FirstOrDefault(IsRequiredPairs) is not { Query: BooleanQuery pairs } clause) yield break;
        var count = pairs.Clauses.Count;
        var pasted = QueryBuilder.IsPasted(text);
        int[] levels = pasted ? [Share(count, PastedPairShare)] : [count - 1, Share(count, PairShare)];
        var required = pairs.MinimumNumberShouldMatch;
        foreach (var needed in levels.Distinct().Where(n => n > required))
            yield return With(top, clause, pairs, needed);
    }

    /// <summary>
    /// A query of quoted phrases alone, its first phrase also required in the title: a phrase of common words ("Việt
    /// Nam") is in most of the archive, and the articles that rank first for it are those that have it in their
    /// headline as well as their body. The filter scores nothing, so scores are the query's own.
    /// </summary>
    private static BooleanQuery PhraseInTitle(BooleanQuery top, IReadOnlyList<QueryWord> phrase)
    {
        var copy = new BooleanQuery(top.CoordDisabled) { Boost = top.Boost, MinimumNumberShouldMatch = top.MinimumNumberShouldMatch };
        foreach (var clause in top.Clauses) copy.Add(clause);
        copy.Add(QueryBuilder.InTitle(phrase), Occur.MUST);
        return copy;
    }

    private static int Share(int count, double share) => (int)Math.Ceiling(count * share);

    private static BooleanQuery With(BooleanQuery top, BooleanClause pairsClause, BooleanQuery pairs, int needed)
    {
        var stricter = new BooleanQuery(pairs.CoordDisabled) { Boost = pairs.Boost, MinimumNumberShouldMatch = needed };
        foreach (var pair in pairs.Clauses) stricter.Add(pair);
        var copy = new BooleanQuery(top.CoordDisabled) { Boost = top.Boost, MinimumNumberShouldMatch = top.MinimumNumberShouldMatch };
        foreach (var clause in top.Clauses) copy.Add(clause == pairsClause ? new BooleanClause(stricter, Occur.MUST) : clause);
        return copy;
    }

    /// <summary>The clause of required pairs: every one of its clauses is one pair in the title or body.</summary>
    private static bool IsRequiredPairs(BooleanClause clause) =>
        clause.Occur == Occur.MUST && clause.Query is BooleanQuery { MinimumNumberShouldMatch: > 0 } pairs && pairs.Clauses.All(pair =>
            pair.Query is BooleanQuery either && either.Clauses.All(part => part.Query is TermQuery term && PairFields.Contains(term.Term.Field)));
}
