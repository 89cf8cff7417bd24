namespace NewsArchive.Search.Analysis;

/// <summary>A word of a text in its tier forms, with where it stands in the original text.</summary>
public readonly record struct WordSpan(WordForms Forms, int Start, int End)
{
    /// <summary>The exact tier's form.</summary>
    public string Canonical => Forms.Canonical;

    public string Form(Tier tier) => Forms[tier];
}
