using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Reorders the best few hundred matches of a short keyword query (<c>mời thư tù</c>, <c>moi thu tu</c>) by what a
/// reader who remembers a few words of an article means: the words are in its title, in the order typed, near one
/// another, and (typed without diacritics) in the telling readings rather than the everyday ones. BM25
/// alone cannot see either for two to four words: a common reading of a syllable, repeated through a long body,
/// outweighs the one article whose headline has all of them. Only the top matches are looked at, each word's
/// positions read for those articles alone, so the cost does not grow with the archive.
/// </summary>
public static class ShortQueryRescoring
{
    /// <summary>How many of the best first-pass matches are reordered.</summary>
    public const int Depth = 200;

    /// <summary>Queries of this many distinct words or fewer are short keyword queries.</summary>
    public const int MaxWords = 4;

    /// <summary>
    /// Weight of the share of the query's words found in the title, against a first-pass score scaled to the best
    /// one's 1. Large, so an article with every word in its headline comes first: a reader recalling a few words
    /// recalls them from the headline. On every third dev query, rare title syllables without diacritics went from
    /// MRR@10 0.78 at a weight of 1 to 0.85 at 2 (and at 4).
    /// </summary>
    public const float TitleWeight = 2f;

    /// <summary>
    /// The share is raised to this power: all the words in the title count, some of them little. A lead's first four
    /// words share a word or two with many headlines; at a power of 1 those queries lost 0.008 of MRR@10, at 4 none.
    /// </summary>
    public const float TitlePower = 4f;

    /// <summary>Weight of the share of the query's pairs of words found near each other (title or body).</summary>
    public const float NearWeight = 0.2f;

    /// <summary>Two words this many positions apart or closer are near: a word of two syllables, or a short phrase.</summary>
    public const int Window = 4;

    /// <summary>
    /// Weight of how rare the readings are that the title gives the words typed without diacritics. <c>tuong ra dat</c>
    /// fits "thủ tướng … rà soát … đất" and "thủ tướng … ra khỏi đất" alike; a reader who recalls an article by a few
    /// of its words recalls the telling ones, and "rà" tells more than "ra". Rare title syllables typed without
    /// diacritics: MRR@10 0.866 at 0, 0.873 at 0.5, 0.877 at 1, 0.882 at 2, 0.886 at 4 (where whole words lost 0.005).
    /// </summary>
    public const float RareWeight = 2f;

    /// <summary>
    /// Weight of the share of the query's pairs of words its title has in the order they were typed: readers recall
    /// a headline's words in its order. Rare title syllables typed exactly: MRR@10 0.918 at 0, 0.929 at 0.3, 0.934 at
    /// 0.5, 0.935 at 1; the same typed last first lose what in order gains (0.920 at 0, 0.897 at 0.3, 0.886 at 1).
    /// </summary>
    public const float OrderWeight = 0.5f;

    /// <summary>Whether the query is short keywords: two to four distinct words, no phrase.</summary>
    public static bool Applies(QueryText text)
    {
        var count = Words(text).Count;
        return count is >= 2 and <= MaxWords && text.Phrases.Count == 0;
    }

    /// <summary>The hits, best first by the first-pass score (<see cref="ScoreDoc.Score"/> filled in), reordered; ties keep their order.</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, QueryText text, ScoreDoc[] hits)
    {
        if (hits.Length < 2 || !Applies(text)) return hits;
        var words = Words(text);
        var best = hits.Max(hit => hit.Score);
        if (!(best > 0)) return hits;
        // A reader who types tones anywhere meant a word typed without them as written ("tướng ra đất" is "ra").
        var features = Features(searcher.IndexReader, words, hits, readingsCount: !text.TypesTones);
        return hits.Select((hit, i) => (hit, i, score: hit.Score / best + TitleWeight * MathF.Pow(features[i].TitleShare, TitlePower) + NearWeight * features[i].NearShare + RareWeight * features[i].Rarity + OrderWeight * features[i].OrderShare))
            .OrderByDescending(x => x.score).ThenBy(x => x.i).Select(x => x.hit).ToArray();
    }

    /// <summary>
    /// The query's distinct words, each in the tier its positions are read from: a word typed with its tone in the
    /// exact words (<c>tuyến</c> is not <c>tuyển</c>), any other in plain letters, every spelling it may stand for.
    /// </summary>
    private static List<(Tier Tier, string Form)> Words(QueryText text) =>
        text.Runs.SelectMany(r => r).Select(w => w.Tier == Tier.Exact ? (Tier.Exact, w.Canonical) : (Tier.Folded, w.Form(Tier.Folded))).Distinct().ToList();

    private static (float TitleShare, float NearShare, float Rarity, float OrderShare)[] Features(IndexReader reader, List<(Tier Tier, string Form)> words, ScoreDoc[] hits, bool readingsCount)
    {
        var result = new (float, float, float, float)[hits.Length];
        var readings = readingsCount ? Readings(reader, words) : words.Select(_ => new List<(string, float)>()).ToArray();
        var pairs = words.Count * (words.Count - 1) / 2;
        foreach (var (leaf, ordered, docs) in HitPostings.BySegment(reader, hits))
        {
            var title = Positions(leaf, IndexFields.TitlePart, words, docs);
            var body = Positions(leaf, IndexFields.BodyPart, words, docs);
            var rarity = TitleRarity(leaf, readings, docs);
            for (var k = 0; k < ordered.Count; k++)
            {
                var inTitle = title[k].Count(p => p.Length > 0);
                int near = 0, inOrder = 0;
                for (var a = 0; a < words.Count; a++)
                {
                    for (var b = a + 1; b < words.Count; b++)
                    {
                        if (Near(title[k][a], title[k][b]) || Near(body[k][a], body[k][b])) near++;
                        if (title[k][a].Length > 0 && title[k][b].Length > 0 && title[k][a][0] < title[k][b][^1]) inOrder++;
                    }
                }
                result[ordered[k]] = ((float)inTitle / words.Count, (float)near / pairs, rarity[k] / words.Count, (float)inOrder / pairs);
            }
        }
        return result;
    }

    /// <summary>For each document (ascending ids of one segment), each word's positions in the part (empty when absent).</summary>
    private static int[][][] Positions(AtomicReaderContext leaf, string part, List<(Tier Tier, string Form)> words, List<int> docs)
    {
        var result = docs.Select(_ => new int[words.Count][]).ToArray();
        for (var w = 0; w < words.Count; w++)
        {
            var postings = leaf.AtomicReader.GetTermPositionsEnum(new Term(IndexFields.Words(part, words[w].Tier), words[w].Form));
            for (var k = 0; k < docs.Count; k++)
            {
                result[k][w] = [];
                if (postings is null || !HitPostings.At(postings, docs[k])) continue;
                var positions = new int[postings.Freq];
                for (var p = 0; p < positions.Length; p++) positions[p] = postings.NextPosition();
                result[k][w] = positions;
            }
        }
        return result;
    }

    /// <summary>
    /// For each word typed in plain letters, its accented spellings the archive uses, each with how rare it is among
    /// them: 1 − ln(articles with the spelling + 1) ÷ ln(articles with the plain letters + 1), so the only spelling
    /// scores 0 and one that a few of the plain word's articles use scores near 1. A headline's words are not
    /// always in its body, so titles count as well as bodies.
    /// </summary>
    private static List<(string Spelling, float Rarity)>[] Readings(IndexReader reader, List<(Tier Tier, string Form)> words)
    {
        var result = new List<(string, float)>[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            result[w] = [];
            if (words[w].Tier != Tier.Folded) continue;
            var all = Articles(reader, Tier.Folded, [words[w].Form]).GetValueOrDefault(words[w].Form);
            if (all == 0) continue;
            var spellings = AccentedSpellings.Of(words[w].Form);
            var used = Articles(reader, Tier.Exact, spellings);
            foreach (var spelling in spellings)
            {
                if (used.GetValueOrDefault(spelling) is var count and > 0) result[w].Add((spelling, 1f - (float)(Math.Log(count + 1) / Math.Log(all + 1))));
            }
        }
        return result;
    }

    /// <summary>In how many articles' bodies and titles each term of a tier is found (an article with both counts twice).</summary>
    private static Dictionary<string, int> Articles(IndexReader reader, Tier tier, IReadOnlyList<string> terms)
    {
        var body = TermCounts.Of(reader, IndexFields.Words(IndexFields.BodyPart, tier), terms);
        var title = TermCounts.Of(reader, IndexFields.Words(IndexFields.TitlePart, tier), terms);
        return terms.Distinct().ToDictionary(t => t, t => body.GetValueOrDefault(t) + title.GetValueOrDefault(t));
    }

    /// <summary>For each document (ascending ids of one segment), the sum over the words of the rarest reading its title gives each.</summary>
    private static float[] TitleRarity(AtomicReaderContext leaf, List<(string Spelling, float Rarity)>[] readings, List<int> docs)
    {
        var result = new float[docs.Count];
        foreach (var word in readings)
        {
            var best = new float[docs.Count];
            foreach (var (spelling, rarity) in word)
            {
                var postings = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexFields.Words(IndexFields.TitlePart, Tier.Exact), spelling));
                if (postings is null) continue;
                for (var k = 0; k < docs.Count; k++)
                {
                    if (HitPostings.At(postings, docs[k])) best[k] = Math.Max(best[k], rarity);
                }
            }
            for (var k = 0; k < docs.Count; k++) result[k] += best[k];
        }
        return result;
    }

    /// <summary>Whether some position of one word is within <see cref="Window"/> of some position of the other (both ascending).</summary>
    private static bool Near(int[] first, int[] second)
    {
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            if (Math.Abs(first[i] - second[j]) <= Window) return true;
            if (first[i] < second[j]) i++;
            else j++;
        }
        return false;
    }
}
