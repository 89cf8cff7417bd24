namespace NewsArchive.Content.Articles;

/// <summary>What a <see cref="TextBlock"/> is: a paragraph, or a photo's caption.</summary>
public enum TextBlockKind
{
    Paragraph,
    Caption,
}
