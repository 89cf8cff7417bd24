using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Content.Files;

/// <summary>The YAML block between <c>---</c> lines at the top of a file, read as simple fields.</summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, YamlNode> _fields;

    private FrontMatter(Dictionary<string, YamlNode> fields) => _fields = fields;

    public static readonly FrontMatter Empty = new([]);

    /// <summary>Splits <paramref name="text"/> into its front matter (if it starts with one) and the rest.</summary>
    public static (FrontMatter Fields, string Body) Split(string text)
    {
        var start = text.StartsWith("---\n", StringComparison.Ordinal) ? 4
            : text.StartsWith("---\r\n", StringComparison.Ordinal) ? 5
            : -1;
        if (start < 0) return (Empty, text);

        var end = FindClosingLine(text, start);
        if (end.LineStart < 0) throw new ArticleFileException("the front matter starting with '---' is never closed by a '---' line");

        var yaml = text[start..end.LineStart];
        return (Parse(yaml, firstLine: 2), text[end.After..]);
    }

    private static (int LineStart, int After) FindClosingLine(string text, int from)
    {
        var lineStart = from;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line is "---" or "...") return (lineStart, newline < 0 ? text.Length : newline + 1);
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        return (-1, -1);
    }

    /// <summary>Front matter is a handful of fields; more than this is not front matter but an attack or an accident.</summary>
    private const int MaxLength = 64 * 1024;

    /// <summary>Nesting deeper than this would overflow the YAML parser's stack (and kill the process).</summary>
    private const int MaxNesting = 64;

    /// <param name="firstLine">The file's line number of the block's first line, so errors point where the writer looks.</param>
    private static FrontMatter Parse(string yaml, int firstLine)
    {
        if (yaml.Length > MaxLength)
            throw new ArticleFileException($"the front matter is longer than {MaxLength / 1024} KB");
        if (Nesting(yaml) > MaxNesting)
            throw new ArticleFileException($"the front matter nests lists or maps more than {MaxNesting} deep");

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(ForgivingYaml.QuoteColonValues(yaml)));
        }
        catch (YamlException ex)
        {
            // A list or quote left open is found at the end of the block; its last written line is where to look.
            var written = yaml.TrimEnd().Split('\n').Length;
            var line = firstLine + (int)Math.Clamp(ex.Start.Line, 1, written) - 1;
            throw new ArticleFileException(
                $"the front matter is not valid YAML at line {line} of the file ({Explain(ex)}); a value with unusual characters can be put in quotes");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet fails this way on escapes it cannot turn into text ("\UFFFFFFFF") and other oddities.
            throw new ArticleFileException("the front matter is not valid YAML (it has a construct the reader cannot follow, such as a '?' key, a stray '{' or an escape that spells no character); write each field as 'key: value'");
        }

        if (stream.Documents.Count == 0) return Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            throw new ArticleFileException("the front matter must be a set of 'key: value' lines");

        var fields = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) fields[name.Trim()] = value;
        }
        return new FrontMatter(fields);
    }

    /// <summary>YamlDotNet's words for the usual mistakes, said the way the writer of the file would understand them.</summary>
    private static string Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal)) return $"a field is given twice: {message[14..].Trim()}";
        if (message.Contains("anchor", StringComparison.OrdinalIgnoreCase)) return "a '*' refers to a YAML anchor that is not defined";
        if (message.Contains("found invalid mapping", StringComparison.Ordinal) || message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "a ': ' inside a value that is not one of the known fields, or a line that does not read as 'key: value'";
        if (message.Contains("did not find expected ',' or ']'", StringComparison.Ordinal)) return "a list opened with '[' is not closed with ']'";
        if (message.Contains("did not find expected ',' or '}'", StringComparison.Ordinal)) return "a '{' is not closed with '}'";
        if (message.Contains("quoted scalar", StringComparison.Ordinal) && message.Contains("end of stream", StringComparison.Ordinal))
            return "a quotation mark is opened and never closed";
        if (message.Contains("tab character", StringComparison.Ordinal)) return "a tab is used to indent; YAML indents with spaces";
        return message.TrimEnd('.');
    }

    private static int Nesting(string yaml)
    {
        int depth = 0, deepest = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ']' or '}') depth = Math.Max(0, depth - 1);
        }
        return deepest;
    }

    public bool IsEmpty => _fields.Count == 0;

    /// <summary>A field given as one value; a list is refused so that a typo cannot silently lose data.</summary>
    public string? Text(string key)
    {
        if (!_fields.TryGetValue(key, out var node)) return null;
        return node switch
        {
            // YAML escapes (\a, \x1B, \uFFFE) can spell what the file's text could not carry.
            YamlScalarNode scalar => scalar.Value is { } value && ControlCharacters.Remove(value) is var text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null,
            _ => throw new ArticleFileException($"the front matter field '{key}' must be a single value"),
        };
    }

    /// <summary>A field given either as one value or as a list of values.</summary>
    public IReadOnlyList<string> List(string key)
    {
        if (!_fields.TryGetValue(key, out var node)) return [];
        IEnumerable<string?> values = node switch
        {
            YamlScalarNode scalar => [scalar.Value],
            YamlSequenceNode sequence => sequence.Children.Select(child => child is YamlScalarNode s
                ? s.Value
                : throw new ArticleFileException($"the front matter field '{key}' must be a list of plain values")),
            _ => throw new ArticleFileException($"the front matter field '{key}' must be a value or a list"),
        };
        return values.Select(v => ControlCharacters.Remove(v ?? "")).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
    }
}
