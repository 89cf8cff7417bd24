namespace NewsArchive.Content.Articles;

/// <summary>An article's text in the form its file gave it; <see cref="Rendering.ArticleRenderer"/> turns it into HTML.</summary>
public abstract record ArticleBody;

/// <summary>Markdown from a <c>.md</c> file.</summary>
public sealed record MarkdownBody(string Markdown) : ArticleBody;

/// <summary>Paragraphs and photo captions from a plain-text dump.</summary>
public sealed record PlainTextBody(IReadOnlyList<TextBlock> Blocks) : ArticleBody;
