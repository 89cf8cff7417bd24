using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>Turns one file into an article, or into the reason it cannot be one.</summary>
public sealed class ArticleFileReader(SourceDirectory sources, long maxFileBytes = ArticleFileReader.DefaultMaxFileBytes)
{
    /// <summary>Real articles are kilobytes; anything this large is a misplaced dump or an attack on memory.</summary>
    public const long DefaultMaxFileBytes = 8 * 1024 * 1024;

    public static bool IsArticleFile(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
    }

    /// <exception cref="ArticleFileException">The file cannot become an article; the message says why.</exception>
    public Article Read(string path, string id) => Read(path, id, out _);

    /// <param name="convertedFrom">The legacy font encoding the text was converted from, worth a line in the log.</param>
    /// <exception cref="ArticleFileException">The file cannot become an article; the message says why.</exception>
    public Article Read(string path, string id, out LegacyEncoding convertedFrom)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxFileBytes)
                throw new ArticleFileException($"the file is {info.Length:N0} bytes, over the limit of {maxFileBytes:N0} bytes");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleFileException($"the file cannot be read ({ex.Message})");
        }

        if (bytes.Length == 0) throw new ArticleFileException("the file is empty");
        var (text, legacy) = TextDecoding.DecodeWithOrigin(bytes);
        convertedFrom = legacy;
        if (string.IsNullOrWhiteSpace(text)) throw new ArticleFileException("the file has no text");

        try
        {
            return Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase)
                ? MarkdownArticleParser.Parse(id, text, sources)
                : PlainTextArticleParser.Parse(id, text, sources);
        }
        catch (Exception ex) when (ex is not ArticleFileException and not OperationCanceledException)
        {
            // A parser bug must cost one file, never the whole load.
            throw new ArticleFileException($"the file could not be parsed ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
