using NewsArchive.Search.Analysis;

namespace NewsArchive.Search.Querying;

/// <summary>
/// What a reader typed, read without ever failing: runs of words (neighbours inside a run count as pairs),
/// <c>"quoted phrases"</c>, and <c>-excluded</c> words or phrases. Every other character is just a separator,
/// so <c>ngày 5/5</c>, <c>U23 Việt Nam: thắng (2-1</c> and <c>C++</c> are ordinary queries.
/// </summary>
public sealed record QueryText(
    IReadOnlyList<IReadOnlyList<QueryWord>> Runs,
    IReadOnlyList<IReadOnlyList<QueryWord>> Phrases,
    IReadOnlyList<IReadOnlyList<QueryWord>> Exclusions,
    bool TypesTones)
{
    /// <summary>More words than this add nothing to a news search but cost: the rest of a pasted paragraph is dropped.</summary>
    public const int MaxWords = 64;

    /// <summary>Characters of input looked at; a 10,000-character paste costs no more than this.</summary>
    public const int MaxLength = 1000;

    public static readonly QueryText Empty = new([], [], [], false);

    public bool HasWords => Runs.Count > 0 || Phrases.Count > 0;

    /// <summary>Nothing asked at all; a query of only exclusions (<c>-thoi</c>) still asks for something.</summary>
    public bool IsEmpty => !HasWords && Exclusions.Count == 0;

    public IEnumerable<QueryWord> PositiveWords => Runs.SelectMany(r => r).Concat(Phrases.SelectMany(p => p));

    public static QueryText Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return Empty;
        var text = input.Length > MaxLength ? input[..MaxLength] : input;

        var runs = new List<List<WordSpan>>();
        var phrases = new List<List<WordSpan>>();
        var exclusions = new List<List<WordSpan>>();
        var budget = MaxWords;

        void Add(List<List<WordSpan>> into, string part)
        {
            if (budget <= 0) return;
            var tokens = WordSplitter.Split(part, budget);
            if (tokens.Count == 0) return;
            budget -= tokens.Count;
            into.Add(tokens);
        }

        // In pasted text (a lead, a paragraph) quotation marks quote speech and a dash is punctuation ("Vostok
        // -2018"): neither is search syntax there.
        var syntax = WordSplitter.Split(text, Querying.QueryBuilder.PastedWords + 1).Count <= Querying.QueryBuilder.PastedWords;
        var plain = new System.Text.StringBuilder();
        void FlushPlain()
        {
            if (plain.Length > 0) Add(runs, plain.ToString());
            plain.Clear();
        }

        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            var atWordStart = i == 0 || char.IsWhiteSpace(text[i - 1]);
            if (c == '"' && syntax && text.IndexOf('"', i + 1) is var close && close > i)
            {
                FlushPlain();
                Add(phrases, text[(i + 1)..close]);
                i = close + 1;
            }
            else if (c == '-' && syntax && atWordStart && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && !char.IsDigit(text[i + 1]))
            {
                FlushPlain();
                var quoted = text[i + 1] == '"' ? text.IndexOf('"', i + 2) : -1;
                var end = quoted > 0 ? quoted + 1 : IndexOfWhiteSpace(text, i + 1);
                Add(exclusions, text[(i + 1)..end].Trim('"'));
                i = end;
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }
        FlushPlain();

        static IReadOnlyList<IReadOnlyList<QueryWord>> Words(List<List<WordSpan>> groups) =>
            groups.Select(g => (IReadOnlyList<QueryWord>)g.Select(t => new QueryWord(t.Canonical, VietnameseText.Classify(t.Canonical))).ToList()).ToList();
        var result = new QueryText(Words(runs), Words(phrases), Words(exclusions), false);
        // A reader who typed tones anywhere spells properly: pairs of their words are worth matching exactly.
        return result with { TypesTones = result.PositiveWords.Any(w => w.Typed == Typed.Tones) };
    }

    private static int IndexOfWhiteSpace(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) return i;
        }
        return text.Length;
    }
}
