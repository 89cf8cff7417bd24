using System.Text;
using NewsArchive.Content.Rendering;
using NewsArchive.Search.Analysis;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Marks the searched words in text as <c>&lt;mark&gt;</c> over HTML-escaped text. A word matches in the tier it was
/// typed in (so <c>bán</c> marks "bán", not "bàn"), falling back to folded letters when that marks nothing.
/// </summary>
public static class Snippets
{
    /// <summary>Text beyond this is not looked at for a snippet: the best passage of a news article is early.</summary>
    private const int MaxTextLength = 30_000;
    private const int WindowWords = 32;

    /// <summary>The passage with the most searched words, marked; null when none of them occurs.</summary>
    public static string? Best(string text, QueryText query)
    {
        var scanned = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        var tokens = WordSplitter.Split(scanned);
        var matched = Match(tokens, query);
        if (matched is null) return null;

        var (first, last) = BestWindow(matched, Math.Min(WindowWords, tokens.Count));
        var start = tokens[first].Start;
        var end = tokens[last].End;
        var html = new StringBuilder();
        if (first > 0) html.Append("… ");
        Render(html, text, tokens, matched, first, last, start, end);
        if (end < text.Length) html.Append(" …");
        return html.ToString();
    }

    /// <summary>All of <paramref name="text"/>, escaped, with every searched word marked.</summary>
    public static string MarkAll(string text, QueryText query)
    {
        var tokens = WordSplitter.Split(text);
        var matched = Match(tokens, query);
        if (matched is null || tokens.Count == 0) return HtmlText.Encode(text);
        var html = new StringBuilder(text.Length + 64);
        html.Append(HtmlText.Encode(text[..tokens[0].Start]));
        Render(html, text, tokens, matched, 0, tokens.Count - 1, tokens[0].Start, tokens[^1].End);
        html.Append(HtmlText.Encode(text[tokens[^1].End..]));
        return html.ToString();
    }

    /// <summary>For each token, which query word it matches (-1 for none); null when it matches none at all.</summary>
    private static int[]? Match(List<WordSpan> tokens, QueryText query)
    {
        var words = query.PositiveWords.ToList();
        if (words.Count == 0) return null;
        return MatchIn(tokens, words, folded: false) ?? MatchIn(tokens, words, folded: true);
    }

    private static int[]? MatchIn(List<WordSpan> tokens, List<QueryWord> words, bool folded)
    {
        var targets = new Dictionary<(Tier, string), int>();
        for (var w = 0; w < words.Count; w++)
        {
            var tier = folded ? Tier.Folded : words[w].Tier;
            targets.TryAdd((tier, words[w].Form(tier)), w);
        }
        var tiers = targets.Keys.Select(k => k.Item1).Distinct().ToList();

        var matched = new int[tokens.Count];
        var any = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            matched[i] = -1;
            foreach (var tier in tiers)
            {
                if (targets.TryGetValue((tier, tokens[i].Form(tier)), out var word))
                {
                    matched[i] = word;
                    any = true;
                    break;
                }
            }
        }
        return any ? matched : null;
    }

    /// <summary>The window of <paramref name="size"/> tokens with the most different query words, then the most matches.</summary>
    private static (int First, int Last) BestWindow(int[] matched, int size)
    {
        var best = (Score: -1, First: 0);
        for (var first = 0; first + size <= matched.Length; first++)
        {
            if (first > 0 && matched[first] < 0 && matched[first - 1] < 0) continue; // only windows that start at a match or the text's start
            var distinct = new HashSet<int>();
            var count = 0;
            for (var i = first; i < first + size; i++)
            {
                if (matched[i] < 0) continue;
                distinct.Add(matched[i]);
                count++;
            }
            var score = distinct.Count * 1000 + count;
            if (score > best.Score) best = (score, first);
        }

        // Start a little before the first match so the reader sees its context.
        var start = best.First;
        var lead = Math.Min(4, start);
        return (start - lead, Math.Min(matched.Length - 1, start - lead + size - 1));
    }

    private static void Render(StringBuilder html, string text, List<WordSpan> tokens, int[] matched, int first, int last, int start, int end)
    {
        var position = start;
        for (var i = first; i <= last; i++)
        {
            if (matched[i] < 0) continue;
            // Neighbouring marked words share one mark: "<mark>Ban Chỉ đạo</mark>".
            var j = i;
            while (j + 1 <= last && matched[j + 1] >= 0 && string.IsNullOrWhiteSpace(text[tokens[j].End..tokens[j + 1].Start])) j++;
            html.Append(HtmlText.Encode(text[position..tokens[i].Start]));
            html.Append("<mark>").Append(HtmlText.Encode(text[tokens[i].Start..tokens[j].End])).Append("</mark>");
            position = tokens[j].End;
            i = j;
        }
        html.Append(HtmlText.Encode(text[position..end]));
    }
}
