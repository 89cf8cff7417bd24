using System.IO.Compression;
using System.Text.Json;
using NewsArchive.Content.Articles;

namespace NewsArchive.Evaluation;

/// <summary>A corpus line: {id, title, body, lead, date, url, source}.</summary>
internal sealed record CorpusArticle(string Id, string Title, string Body, DateTimeOffset? Date, string? Source, string? Url)
{
    /// <summary>The article as the archive would hold it; the lead is left out, as lead queries are made from it.</summary>
    public Article ToArticle() => new()
    {
        Id = Id,
        Slug = Id,
        Title = Title,
        Date = Date,
        Source = Source is null ? null : new ArticleSource(Source, ArticleSource.SafeUrl(Url)),
        Body = new PlainTextBody(Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new TextBlock(TextBlockKind.Paragraph, p)).ToList()),
    };
}

/// <summary>A query line: {qid, query, relevant_ids, type}.</summary>
internal sealed record CorpusQuery(string Id, string Text, IReadOnlySet<string> Relevant, string Type);

internal static class CorpusFiles
{
    public static IEnumerable<CorpusArticle> Articles(string path)
    {
        foreach (var json in Lines(path))
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            yield return new CorpusArticle(
                root.GetProperty("id").GetString()!,
                root.GetProperty("title").GetString() ?? "",
                root.GetProperty("body").GetString() ?? "",
                Text(root, "date") is { } date ? DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture) : null,
                Text(root, "source"),
                Text(root, "url"));
        }
    }

    public static List<CorpusQuery> Queries(string path) => Lines(path).Select(json =>
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        return new CorpusQuery(
            root.GetProperty("qid").GetString()!,
            root.GetProperty("query").GetString()!,
            root.GetProperty("relevant_ids").EnumerateArray().Select(e => e.GetString()!).ToHashSet(),
            root.GetProperty("type").GetString()!);
    }).ToList();

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Lines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line;
        }
    }
}
