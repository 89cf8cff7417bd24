using NewsArchive.Search.Analysis;

namespace NewsArchive.Search.Querying;

/// <summary>A query word: its canonical spelling, and how much of the spelling the reader typed.</summary>
public sealed record QueryWord(string Canonical, Typed Typed)
{
    /// <summary>The tier that matches what was typed: exact when tones were typed, then toneless, then folded.</summary>
    public Tier Tier => Typed switch
    {
        Typed.Tones => Tier.Exact,
        Typed.MarksOnly => Tier.Toneless,
        _ => Tier.Folded,
    };

    public string Form(Tier tier) => tier.Form(Canonical);
}
