namespace NewsArchive.Search.Analysis;

/// <summary>
/// A word of a text in its three tier forms, with where it stands in the original text. The forms are made once
/// per word: indexing writes each of them to several fields (words and pairs, title and body).
/// </summary>
public readonly record struct Token(string Canonical, string Toneless, string Folded, int Start, int End)
{
    public Token(string canonical, int start, int end)
        : this(canonical, TierForms.Form(Tier.Toneless, canonical), TierForms.Form(Tier.Folded, canonical), start, end)
    {
    }

    public string Form(Tier tier) => tier switch
    {
        Tier.Exact => Canonical,
        Tier.Toneless => Toneless,
        _ => Folded,
    };
}
