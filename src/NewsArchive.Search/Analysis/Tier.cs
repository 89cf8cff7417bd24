namespace NewsArchive.Search.Analysis;

/// <summary>
/// The same text indexed three ways, so a query can ask the way that matches what the reader typed:
/// exactly as spelled, without tones, or folded to plain letters.
/// </summary>
public enum Tier
{
    Exact,
    Toneless,
    Folded,
}

public static class TierForms
{
    public static string Form(this Tier tier, string canonical) => tier switch
    {
        Tier.Exact => canonical,
        Tier.Toneless => VietnameseText.StripTones(canonical),
        Tier.Folded => VietnameseText.Fold(canonical),
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
