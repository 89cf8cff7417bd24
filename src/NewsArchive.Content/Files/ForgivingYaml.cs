using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Content.Files;

/// <summary>
/// The one repair made to front matter before YAML reads it: a known field whose value holds <c>": "</c>
/// (<c>title: Giá vàng hôm nay (21/11): Giá vàng đi ngang</c>) is plain YAML's error, but the writer's intent is
/// clear, so the value is put in quotes. Anything less clear is left for YAML to accept or refuse.
/// </summary>
internal static partial class ForgivingYaml
{
    /// <summary>The same lines, with such values quoted; line count unchanged so YAML's line numbers stay right.</summary>
    public static string QuoteColonValues(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = SimpleField().Match(lines[i].TrimEnd('\r'));
            if (!match.Success || !KnownFields.Names.Contains(match.Groups["key"].Value)) continue;
            // An indented line after it continues the value over lines: not the simple case.
            if (i + 1 < lines.Length && lines[i + 1].Length > 0 && lines[i + 1][0] is ' ' or '\t' && !lines[i + 1].TrimStart().StartsWith('-')) continue;

            var key = match.Groups["key"].Value;
            var value = WithoutComment(match.Groups["value"].Value);
            if (!HasColon(value)) continue;
            lines[i] = key + ": " + (KnownFields.Lists.Contains(key) && IsSimpleFlowList(value) ? QuoteItems(value) : Quote(value));
        }
        return string.Join('\n', lines);
    }

    private static bool HasColon(string value) => value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':');

    // "# " after a space starts a comment in YAML; the forgiving reading keeps that rule.
    private static string WithoutComment(string value)
    {
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? value : value[..comment]).TrimEnd();
    }

    private static bool IsSimpleFlowList(string value) =>
        value.StartsWith('[') && value.EndsWith(']') && value.Count(c => c == '[') == 1 && value.Count(c => c == ']') == 1;

    private static string QuoteItems(string list) =>
        "[" + string.Join(", ", list[1..^1].Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).Select(Quote)) + "]";

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value) quoted.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        return quoted.Append('"').ToString();
    }

    // Only a value YAML would read as plain text: not quoted, not a list or map, no anchor, alias, tag or block.
    [GeneratedRegex(@"^(?<key>[A-Za-z_]+):[ \t]+(?<value>[^""'{|>&*!%@`\s].*?)\s*$")]
    private static partial Regex SimpleField();
}
