namespace NewsArchive.Content.Articles;

/// <summary>A paragraph or a photo caption of a <see cref="PlainTextBody"/>.</summary>
public sealed record TextBlock(TextBlockKind Kind, string Text);
