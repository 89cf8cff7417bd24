namespace NewsArchive.Search.Analysis;

/// <summary>A word of a text in its exact-tier form, with where it stands in the original text.</summary>
public readonly record struct Token(string Canonical, int Start, int End)
{
    public string Form(Tier tier) => tier.Form(Canonical);
}
