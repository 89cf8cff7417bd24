using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Reorders the best few dozen matches of pasted text (a lead, a paragraph) by where the article says it: a lead
/// retells the article's first paragraph, while an article that only mentions the same story uses those words
/// further down. Each of the pasted words counts by its rarity (inverse document frequency) when the article's body
/// has it in its first <see cref="Opening"/> words. Only the top matches are read, so the cost does not grow with
/// the archive.
/// </summary>
public static class PastedTextRescoring
{
    /// <summary>How many of the best first-pass matches are reordered.</summary>
    public const int Depth = 50;

    /// <summary>The words of a body that make its opening.</summary>
    public const int Opening = 80;

    /// <summary>
    /// Weight of the share of the pasted words (by rarity) in the opening, against a first-pass score scaled to the
    /// best one's 1. On the dev queries' leads Recall@10 went from 0.963 to 0.974 at 0.3 (MRR@10 0.879 to 0.878)
    /// and the cluster summaries' nDCG@10 from 0.846 to 0.863; at 1 the leads' MRR@10 fell to 0.865.
    /// </summary>
    public const float OpeningWeight = 0.3f;

    /// <summary>Whether the query is pasted text: more distinct words than <see cref="QueryBuilder.PastedWords"/>.</summary>
    public static bool Applies(QueryText text) => QueryBuilder.IsPasted(text);

    /// <summary>The hits, best first by the first-pass score (<see cref="ScoreDoc.Score"/> filled in), reordered; ties keep their order.</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, QueryText text, ScoreDoc[] hits)
    {
        if (hits.Length < 2 || !Applies(text)) return hits;
        var best = hits.Max(hit => hit.Score);
        if (!(best > 0)) return hits;
        var field = IndexFields.Words(IndexFields.BodyPart, Tier.Folded);
        var words = text.Runs.SelectMany(r => r).Select(w => w.Form(Tier.Folded)).Distinct().ToList();
        var rarity = Rarities(searcher.IndexReader, field, words);
        var all = rarity.Sum();
        if (!(all > 0)) return hits;
        var opening = InOpening(searcher.IndexReader, field, words, rarity, hits);
        return hits.Select((hit, i) => (hit, i, score: hit.Score / best + OpeningWeight * opening[i] / all))
            .OrderByDescending(x => x.score).ThenBy(x => x.i).Select(x => x.hit).ToArray();
    }

    /// <summary>Each word's inverse document frequency, as BM25 weighs it.</summary>
    private static double[] Rarities(IndexReader reader, string field, List<string> words)
    {
        var counts = TermCounts.Of(reader, field, words);
        var articles = Math.Max(reader.NumDocs, 1);
        return words.Select(w => counts.GetValueOrDefault(w)).Select(df => Math.Log(1 + (articles - df + 0.5) / (df + 0.5))).ToArray();
    }

    /// <summary>For each hit, the summed rarity of the words its body has among its first <see cref="Opening"/> words.</summary>
    private static double[] InOpening(IndexReader reader, string field, List<string> words, double[] rarity, ScoreDoc[] hits)
    {
        var result = new double[hits.Length];
        foreach (var (leaf, places, docs) in HitPostings.BySegment(reader, hits))
        {
            for (var w = 0; w < words.Count; w++)
            {
                var postings = leaf.AtomicReader.GetTermPositionsEnum(new Term(field, words[w]));
                if (postings is null) continue;
                for (var k = 0; k < docs.Count; k++)
                {
                    if (HitPostings.At(postings, docs[k]) && postings.NextPosition() < Opening) result[places[k]] += rarity[w];
                }
            }
        }
        return result;
    }
}
