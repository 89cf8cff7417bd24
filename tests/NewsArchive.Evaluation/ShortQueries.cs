using System.Text.RegularExpressions;

namespace NewsArchive.Evaluation;

/// <summary>
/// Short keyword queries as readers recall an article they read: two to four syllables of its title. Made from the
/// dev queries' known items only (one relevant article each), in three ways:
/// rare syllables (the title's rarest by document frequency, in title order, not side by side: <c>mời thư tù</c>),
/// whole words (one or two neighbouring pairs of syllables, the distinctive ones), and a name (capitalised
/// syllables) with a topic word. Each article's choices come from a random generator seeded by its id, so the
/// queries are the same on every run and for every sample of the dev queries (<c>--every</c>).
/// </summary>
internal static partial class ShortQueries
{
    public const string RareSyllables = "rare syllables";
    public const string WholeWords = "whole words";
    public const string NameAndWord = "name + word";

    public static readonly string[] Kinds = [RareSyllables, WholeWords, NameAndWord];

    private const uint Seed = 20261203;

    /// <summary>
    /// The short queries of every known item of the query file, read from <paramref name="cache"/> when an earlier run
    /// made them (counting words over the corpus takes a while); the cache lives in the work folder, outside the project.
    /// </summary>
    public static List<ShortQuery> Cached(string cache, string corpusPath, string queryPath)
    {
        if (File.Exists(cache))
            return File.ReadLines(cache).Select(line => line.Split('\t')).Select(f => new ShortQuery(f[0], f[1], f[2])).ToList();
        var made = Make(() => CorpusFiles.Articles(corpusPath), CorpusFiles.Queries(queryPath));
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllLines(cache, made.Select(q => $"{q.Kind}\t{q.Text}\t{q.ArticleId}"));
        return made;
    }

    public static List<ShortQuery> Make(Func<IEnumerable<CorpusArticle>> corpus, IEnumerable<CorpusQuery> queries)
    {
        var items = queries.Where(q => q.Type.EndsWith("known_item", StringComparison.Ordinal) && q.Relevant.Count == 1)
            .Select(q => q.Relevant.First()).Distinct().ToList();
        var wanted = items.ToHashSet();
        // First pass: the known items' titles, as syllables, and the neighbouring pairs they hold.
        var titles = corpus().Where(a => wanted.Contains(a.Id)).ToDictionary(a => a.Id, a => TitleWords(a.Title));
        var candidatePairs = titles.Values.SelectMany(Neighbours).Select(i => i.Pair).ToHashSet(StringComparer.Ordinal);
        // Second pass: in how many articles each syllable is used, and each of those pairs side by side.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = 0;
        foreach (var article in corpus())
        {
            articles++;
            var words = Syllables(article.Title + "\n" + article.Body).Select(w => w.ToLowerInvariant()).ToList();
            foreach (var word in words.Distinct()) df[word] = df.GetValueOrDefault(word) + 1;
            foreach (var pair in words.Zip(words.Skip(1), (a, b) => a + " " + b).Where(candidatePairs.Contains).Distinct())
                pairDf[pair] = pairDf.GetValueOrDefault(pair) + 1;
        }

        var counts = new Counts(articles, df, pairDf);
        var made = new List<ShortQuery>();
        foreach (var id in items)
        {
            if (!titles.TryGetValue(id, out var words)) continue;
            var random = new Random((int)(Seed ^ Fnv(id)));
            if (Rare(words, counts) is { } rare) made.Add(new ShortQuery(RareSyllables, rare, id));
            if (Pairs(words, counts, random) is { } pairs) made.Add(new ShortQuery(WholeWords, pairs, id));
            if (Name(words, counts, random) is { } name) made.Add(new ShortQuery(NameAndWord, name, id));
        }
        return made;
    }

    /// <summary>A title syllable as written, and whether punctuation (a colon, a comma, a quote) comes before it.</summary>
    private readonly record struct TitleWord(string Text, bool AfterBreak)
    {
        public string Lower => Text.ToLowerInvariant();

        public bool IsCapitalised => char.IsUpper(Text[0]);
    }

    /// <summary>Document frequencies of syllables and of the title pairs.</summary>
    private sealed record Counts(int Articles, Dictionary<string, int> Df, Dictionary<string, int> PairDf)
    {
        public double Idf(TitleWord word) => Math.Log((double)Articles / Math.Max(1, Df.GetValueOrDefault(word.Lower)));

        public double PairIdf(string pair) => Math.Log((double)Articles / Math.Max(1, PairDf.GetValueOrDefault(pair)));

        /// <summary>
        /// Whether two syllables make a word: the rarer one is found beside the other in a quarter of its articles
        /// or more (<c>tôm hùm</c>), rather than meeting by chance where two words touch (<c>thăng rạch</c>).
        /// </summary>
        public bool IsWord(TitleWord first, TitleWord second, string pair) =>
            PairDf.GetValueOrDefault(pair) >= 0.25 * Math.Min(Df.GetValueOrDefault(first.Lower), Df.GetValueOrDefault(second.Lower));
    }

    private static List<TitleWord> TitleWords(string title)
    {
        var words = new List<TitleWord>();
        var afterBreak = true;
        foreach (Match token in Token().Matches(title))
        {
            var isWord = token.Groups["word"].Success;
            if (isWord) words.Add(new TitleWord(token.Value, afterBreak));
            afterBreak = !isWord;
        }
        return words;
    }

    /// <summary>Each two neighbouring title syllables with no punctuation between them: the start index and the pair.</summary>
    private static IEnumerable<(int At, string Pair)> Neighbours(List<TitleWord> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - 1)).Where(i => !words[i + 1].AfterBreak).Select(i => (i, words[i].Lower + " " + words[i + 1].Lower));

    /// <summary>Three (two in a short title) of the rarest syllables, no two side by side when the title allows it.</summary>
    private static string? Rare(List<TitleWord> words, Counts counts)
    {
        if (words.Count < 3) return null;
        var count = words.Count >= 5 ? 3 : 2;
        var byRarity = Enumerable.Range(0, words.Count).OrderByDescending(i => counts.Idf(words[i])).ThenBy(i => i).ToList();
        var chosen = new List<int>();
        foreach (var i in byRarity)
        {
            if (chosen.Count < count && !chosen.Any(c => Math.Abs(c - i) <= 1)) chosen.Add(i);
        }
        foreach (var i in byRarity)
        {
            if (chosen.Count < count && !chosen.Contains(i)) chosen.Add(i);
        }
        return Lower(chosen.Order().Select(i => words[i]));
    }

    /// <summary>
    /// Two words of two syllables (one when the title has no other), picked among the title's three most distinctive
    /// words: one word alone rarely tells one article from hundreds on the same subject.
    /// </summary>
    private static string? Pairs(List<TitleWord> words, Counts counts, Random random)
    {
        var pairs = Neighbours(words).Where(p => counts.IsWord(words[p.At], words[p.At + 1], p.Pair))
            .OrderByDescending(p => counts.PairIdf(p.Pair)).ThenBy(p => p.At).Select(p => p.At).Take(3).ToList();
        if (pairs.Count == 0) return null;
        var first = pairs[random.Next(pairs.Count)];
        var chosen = new List<int> { first };
        if (pairs.FirstOrDefault(i => Math.Abs(i - first) >= 2, -1) is var second && second >= 0) chosen.Add(second);
        return Lower(chosen.Order().SelectMany(i => new[] { words[i], words[i + 1] }));
    }

    /// <summary>
    /// A name (a run of capitalised syllables, at most three; a capital after punctuation or at the start alone is
    /// no name) with the title's rarest other syllable, or, half the time when the name is short, its most
    /// distinctive other word.
    /// </summary>
    private static string? Name(List<TitleWord> words, Counts counts, Random random)
    {
        if (words.All(w => w.IsCapitalised)) return null;
        var names = new List<(int Start, int Length)>();
        for (var i = 0; i < words.Count;)
        {
            var start = i;
            do i++; while (i < words.Count && words[i].IsCapitalised && !words[i].AfterBreak);
            if (words[start].IsCapitalised && i - start >= (words[start].AfterBreak ? 2 : 1)) names.Add((start, Math.Min(3, i - start)));
        }
        if (names.Count == 0) return null;
        var (at, length) = names[random.Next(names.Count)];
        var others = Enumerable.Range(0, words.Count).Where(i => !words[i].IsCapitalised).ToList();
        if (others.Count == 0) return null;
        IEnumerable<TitleWord> topic = [words[others.OrderByDescending(i => counts.Idf(words[i])).ThenBy(i => i).First()]];
        var pairs = Neighbours(words).Where(p => others.Contains(p.At) && others.Contains(p.At + 1) && counts.IsWord(words[p.At], words[p.At + 1], p.Pair))
            .OrderByDescending(p => counts.PairIdf(p.Pair)).Select(p => p.At).ToList();
        if (length <= 2 && pairs.Count > 0 && random.Next(2) == 1) topic = [words[pairs[0]], words[pairs[0] + 1]];
        return string.Join(' ', words.Skip(at).Take(length).Select(w => w.Text).Concat(topic.Select(w => w.Lower)));
    }

    private static string Lower(IEnumerable<TitleWord> words) => string.Join(' ', words.Select(w => w.Lower));

    private static IEnumerable<string> Syllables(string text) => Word().Matches(text).Select(m => m.Value);

    /// <summary>A hash of the id that is the same in every process (string.GetHashCode is not).</summary>
    private static uint Fnv(string id)
    {
        var hash = 2166136261;
        foreach (var c in id) hash = (hash ^ c) * 16777619;
        return hash;
    }

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();

    /// <summary>A syllable, or punctuation that parts words (not a dot: <c>TP. HCM</c> is one name).</summary>
    [GeneratedRegex(@"(?<word>[\p{L}\p{M}]+)|[:;,!?""“”'‘’()\[\]–—-]|\p{N}+")]
    private static partial Regex Token();
}
