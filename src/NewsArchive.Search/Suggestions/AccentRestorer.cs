using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Suggestions;

/// <summary>
/// Reads a query typed without diacritics the way the archive itself most often writes it: "ban chi dao" becomes
/// "Ban Chỉ đạo". Each word's accented spellings are weighed by how many articles use them, neighbours by how many
/// use the pair, and the winner is written with the capitals it has in the articles. Everything comes from the
/// live index, so the statistics follow the content as it changes.
/// </summary>
public static class AccentRestorer
{
    private const int MaxWords = 8;
    private const int CandidatesPerWord = 6;
    private const double PairWeight = 2;
    private const int ArticlesForCapitals = 5;

    /// <summary>The accented reading, or null when the query has diacritics already or no better reading exists.</summary>
    public static string? Suggest(IndexSearcher searcher, QueryText text)
    {
        var words = text.PositiveWords.ToList();
        if (words.Count is 0 or > MaxWords || text.Phrases.Count > 0) return null;
        if (words.Any(w => w.Typed != Typed.Plain)) return null;

        var readings = new List<string>();
        var accented = false;
        foreach (var run in text.Runs)
        {
            var best = BestReading(searcher.IndexReader, run.Select(w => new Slot(w.Canonical, w.Canonical, Partial: false)).ToList());
            accented |= !best.SequenceEqual(run.Select(w => w.Canonical), StringComparer.Ordinal);
            readings.Add(AsWritten(searcher, best));
        }
        return accented ? string.Join(' ', readings) : null;
    }

    /// <summary>
    /// One word to read: its plain letters, what was typed of it (accents there are kept), and whether that was
    /// only the start of the word (the search box, mid-typing).
    /// </summary>
    public readonly record struct Slot(string Folded, string Typed, bool Partial)
    {
        public bool Accepts(string spelling)
        {
            if (VietnameseText.Classify(Typed) == Analysis.Typed.Plain) return true;
            var toneless = VietnameseText.StripTones(spelling);
            return Partial
                ? spelling.StartsWith(Typed, StringComparison.Ordinal) || toneless.StartsWith(Typed, StringComparison.Ordinal)
                : spelling == Typed || toneless == Typed;
        }
    }

    /// <summary>The words as the archive most often writes them, keeping whatever accents were typed.</summary>
    public static string Written(IndexSearcher searcher, IReadOnlyList<Slot> slots) =>
        AsWritten(searcher, BestReading(searcher.IndexReader, slots));

    private static List<string> BestReading(IndexReader reader, IReadOnlyList<Slot> slots)
    {
        var candidates = Candidates(reader, slots);
        var neighbours = Enumerable.Range(1, candidates.Count - 1)
            .SelectMany(i => candidates[i - 1].SelectMany(p => candidates[i].Select(c => p.Form + " " + c.Form)));
        var pairs = ArticlesWith(reader, IndexFields.Pairs(IndexFields.BodyPart, Tier.Exact), IndexFields.Pairs(IndexFields.TitlePart, Tier.Exact),
            neighbours);

        // Viterbi over the run: the best reading ending in each candidate of each word.
        var score = candidates[0].Select(c => Math.Log(1 + c.Articles)).ToArray();
        var back = new List<int[]>();
        for (var i = 1; i < candidates.Count; i++)
        {
            var next = new double[candidates[i].Count];
            var from = new int[candidates[i].Count];
            for (var c = 0; c < candidates[i].Count; c++)
            {
                next[c] = double.NegativeInfinity;
                for (var p = 0; p < candidates[i - 1].Count; p++)
                {
                    var total = score[p] + PairWeight * Math.Log(1 + pairs(candidates[i - 1][p].Form + " " + candidates[i][c].Form));
                    if (total > next[c]) (next[c], from[c]) = (total, p);
                }
                next[c] += Math.Log(1 + candidates[i][c].Articles);
            }
            score = next;
            back.Add(from);
        }

        var best = Array.IndexOf(score, score.Max());
        var reading = new string[candidates.Count];
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            reading[i] = candidates[i][best].Form;
            if (i > 0) best = back[i - 1][best];
        }
        return [.. reading];
    }

    /// <summary>Each word's accented spellings that articles use, the most used first (a few at most).</summary>
    private static List<List<(string Form, int Articles)>> Candidates(IndexReader reader, IReadOnlyList<Slot> slots)
    {
        var spellings = slots.Select(slot => AccentedSpellings.Of(slot.Folded).Where(slot.Accepts).ToList()).ToList();
        var articles = ArticlesWith(reader, IndexFields.Words(IndexFields.BodyPart, Tier.Exact), IndexFields.Words(IndexFields.TitlePart, Tier.Exact),
            spellings.SelectMany(s => s));
        return slots.Select((slot, i) =>
        {
            var found = spellings[i]
                .Select(form => (Form: form, Articles: articles(form)))
                .Where(c => c.Articles > 0)
                .OrderByDescending(c => c.Articles)
                .Take(CandidatesPerWord)
                .ToList();
            return found.Count > 0 ? found : [(slot.Partial ? slot.Folded : slot.Typed, 0)];
        }).ToList();
    }

    /// <summary>In how many articles each of the terms occurs, in title or body (an article with both counts twice).</summary>
    private static Func<string, int> ArticlesWith(IndexReader reader, string bodyField, string titleField, IEnumerable<string> terms)
    {
        var asked = terms.ToList();
        var body = TermCounts.Of(reader, bodyField, asked);
        var title = TermCounts.Of(reader, titleField, asked);
        return term => body.GetValueOrDefault(term) + title.GetValueOrDefault(term);
    }

    /// <summary>The reading as articles write it (capitals and all), taken from a few that contain it.</summary>
    private static string AsWritten(IndexSearcher searcher, List<string> reading)
    {
        var folded = reading.Select(word => Tier.Folded.Form(word)).ToList();
        var either = new BooleanQuery(disableCoord: true);
        foreach (var part in new[] { IndexFields.BodyPart, IndexFields.TitlePart })
        {
            var phrase = new PhraseQuery();
            foreach (var word in reading) phrase.Add(new Term(IndexFields.Words(part, Tier.Exact), word));
            either.Add(QueryBuilder.Adjacent(part, phrase, folded), Occur.SHOULD);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in searcher.Search(either, ArticlesForCapitals).ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc);
            foreach (var text in new[] { doc.Get(IndexFields.Title), doc.Get(IndexFields.Body) })
            {
                if (string.IsNullOrEmpty(text)) continue;
                foreach (var written in Occurrences(text, reading)) counts[written] = counts.GetValueOrDefault(written) + 1;
            }
        }
        return counts.Count == 0
            ? string.Join(' ', reading)
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }

    private static IEnumerable<string> Occurrences(string text, List<string> reading)
    {
        var tokens = WordSplitter.Split(text);
        for (var i = 0; i + reading.Count <= tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < reading.Count && match; j++) match = tokens[i + j].Canonical == reading[j];
            if (!match) continue;
            // Joined with single spaces: the words as written, not the punctuation between them.
            yield return string.Join(' ', Enumerable.Range(i, reading.Count).Select(k => text[tokens[k].Start..tokens[k].End]));
        }
    }
}
