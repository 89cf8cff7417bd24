using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Files;

/// <summary>Turns one file into an article, or into the reason it cannot be one.</summary>
public sealed class ArticleFileReader(SourceDirectory sources, long maxFileBytes = ArticleFileReader.DefaultMaxFileBytes)
{
    /// <summary>Real articles are kilobytes; anything this large is a misplaced dump or an attack on memory.</summary>
    public const long DefaultMaxFileBytes = 8 * 1024 * 1024;

    /// <summary>The endings read as articles: Markdown, plain-text dumps and saved web pages.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".txt", ".html", ".htm"];

    public static bool IsArticleFile(string path)
    {
        var extension = Path.GetExtension(path);
        return Extensions.Any(e => extension.Equals(e, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsWebPage(string path) =>
        Path.GetExtension(path) is var e && (e.Equals(".html", StringComparison.OrdinalIgnoreCase) || e.Equals(".htm", StringComparison.OrdinalIgnoreCase));

    /// <param name="convertedFrom">The legacy font encoding the text was converted from, worth a line in the log.</param>
    /// <exception cref="ArticleFileException">The file cannot become an article; the message says why.</exception>
    public Article Read(string path, string id, out LegacyEncoding convertedFrom)
    {
        var bytes = ReadBounded(path);
        try
        {
            if (IsWebPage(path)) return HtmlArticleParser.Parse(id, bytes, sources, out convertedFrom);
            var (text, legacy) = TextDecoding.DecodeWithOrigin(bytes);
            convertedFrom = legacy;
            if (string.IsNullOrWhiteSpace(text)) throw new ArticleFileException("the file has no text");
            return Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase)
                ? MarkdownArticleParser.Parse(id, text, sources)
                : PlainTextArticleParser.Parse(id, text, sources);
        }
        catch (Exception ex) when (ex is not ArticleFileException and not OperationCanceledException)
        {
            // A bug in decoding or parsing must cost one file, never the whole load.
            throw new ArticleFileException($"the file could not be read as an article: the reader met something it does not handle ({ex.Message})");
        }
    }

    /// <summary>
    /// The file's bytes, never more than the limit: a file that grows after it was measured is cut off at one byte
    /// past the limit and refused, rather than read whole into memory.
    /// </summary>
    private byte[] ReadBounded(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists && info.LinkTarget is { } target)
                throw new ArticleFileException($"it is a link to '{target}', which does not exist");
            if (!info.Exists) throw new ArticleFileException("the file disappeared before it could be read");
            // Pipes, sockets and devices report no length, and reading one could wait forever or never end.
            if (info.Length == 0) throw new ArticleFileException("the file is empty (or it is a pipe, socket or device, not a file)");
            if (info.Length > maxFileBytes)
                throw new ArticleFileException($"the file is {info.Length:N0} bytes, over the limit of {maxFileBytes:N0} bytes");

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var limit = maxFileBytes + 1;
            var buffer = new byte[Math.Min(info.Length, limit)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length >= limit) break;
                    Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
                }
                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0) break;
                total += read;
            }
            if (total > maxFileBytes) throw new ArticleFileException($"the file grew past the limit of {maxFileBytes:N0} bytes while it was read");
            if (total == 0) throw new ArticleFileException("the file is empty");
            return total == buffer.Length ? buffer : buffer[..total];
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            if (new FileInfo(path).LinkTarget is { } target) throw new ArticleFileException($"it is a link to '{target}', which does not exist");
            throw new ArticleFileException("the file disappeared while it was read");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleFileException($"the file cannot be read ({ex.Message})");
        }
    }
}
