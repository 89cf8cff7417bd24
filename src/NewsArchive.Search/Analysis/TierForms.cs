namespace NewsArchive.Search.Analysis;

/// <summary>The spelling of a word in each tier, and the tiers the index holds.</summary>
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
