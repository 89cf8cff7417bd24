namespace NewsArchive.Search.Analysis;

/// <summary>
/// How exactly a word is spelled: as written, without tones, or folded to plain letters. The index keeps the exact
/// and folded forms (<see cref="TierForms.Indexed"/>); a word typed without tones asks for its toned spellings in
/// the exact form (see <see cref="AccentedSpellings.WithTones"/>), which costs a query a few more terms and saves
/// every article a third stream of words.
/// </summary>
public enum Tier
{
    Exact,
    Toneless,
    Folded,
}

public static class TierForms
{
    /// <summary>The tiers the index holds words in.</summary>
    public static readonly Tier[] Indexed = [Tier.Exact, Tier.Folded];

    public static string Form(this Tier tier, string canonical) => tier switch
    {
        Tier.Exact => canonical,
        Tier.Toneless => VietnameseText.StripTones(canonical),
        Tier.Folded => VietnameseText.Fold(canonical),
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
