namespace NewsArchive.Content.Files;

/// <summary>Why a file cannot become an article; the message is the reason shown in the warning.</summary>
public sealed class ArticleFileException(string reason) : Exception(reason);
