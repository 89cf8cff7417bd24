namespace NewsArchive.Search.Analysis;

/// <summary>A word's form in each tier. A form equal to the one before it is the same string, not a copy.</summary>
public sealed class WordForms
{
    private WordForms(string canonical)
    {
        Canonical = canonical;
        var toneless = VietnameseText.StripTones(canonical);
        Toneless = toneless == canonical ? canonical : toneless;
        var folded = VietnameseText.Fold(canonical);
        Folded = folded == Toneless ? Toneless : folded;
    }

    public string Canonical { get; }
    public string Toneless { get; }
    public string Folded { get; }

    public string this[Tier tier] => tier switch
    {
        Tier.Exact => Canonical,
        Tier.Toneless => Toneless,
        Tier.Folded => Folded,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    // A language has a few thousand syllables and an archive repeats them endlessly: each thread remembers the
    // forms of the words it has seen, looked up by the tokenizer's buffer without making a string. Bounded, because
    // names and numbers never stop coming.
    private const int MaxRemembered = 100_000;

    [ThreadStatic] private static Dictionary<string, WordForms>? t_seen;

    /// <summary>The forms of a word as the tokenizer found it (any case, any Unicode form).</summary>
    public static WordForms Of(ReadOnlySpan<char> word)
    {
        var seen = t_seen ??= new Dictionary<string, WordForms>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known)) return known;

        if (seen.Count >= MaxRemembered) seen.Clear();
        var text = word.ToString();
        var forms = new WordForms(VietnameseText.Canonical(text.ToLowerInvariant()));
        seen[text] = forms;
        return forms;
    }
}
