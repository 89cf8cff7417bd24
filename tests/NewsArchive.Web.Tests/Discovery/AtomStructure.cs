using System.Globalization;
using System.Xml.Linq;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>
/// The structural rules of Atom 1.0 (RFC 4287) a feed reader relies on, checked without a schema (none ships
/// offline): known element names, the required and the at-most-once children, absolute ids, RFC 3339 dates.
/// </summary>
public static class AtomStructure
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly HashSet<string> Elements =
    [
        "feed", "entry", "id", "title", "subtitle", "updated", "published", "author", "contributor", "name", "email",
        "uri", "link", "category", "generator", "icon", "logo", "rights", "summary", "content", "source",
    ];

    public static IReadOnlyList<string> Problems(XDocument document)
    {
        var problems = new List<string>();
        var feed = document.Root!;
        if (feed.Name != Atom + "feed") problems.Add($"the root is {feed.Name}, not atom:feed");
        problems.AddRange(document.Descendants().Where(e => e.Name.Namespace == Atom && !Elements.Contains(e.Name.LocalName))
            .Select(e => $"unknown Atom element {e.Name.LocalName}"));

        problems.AddRange(Required(feed, "feed", "id", "title", "updated"));
        problems.AddRange(AtMostOnce(feed, "feed", "subtitle", "rights", "icon", "logo", "generator"));
        var entries = feed.Elements(Atom + "entry").ToList();
        if (!feed.Elements(Atom + "author").Any() && entries.Any(e => !e.Elements(Atom + "author").Any()))
            problems.Add("an entry has no author and the feed has none to lend it");
        foreach (var entry in entries)
        {
            var id = entry.Element(Atom + "id")?.Value ?? "?";
            problems.AddRange(Required(entry, id, "id", "title", "updated"));
            problems.AddRange(AtMostOnce(entry, id, "summary", "content", "published", "rights", "source"));
            if (entry.Element(Atom + "content") is null && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
                problems.Add($"{id}: no content and no alternate link");
        }

        foreach (var element in feed.Descendants(Atom + "id").Append(feed.Element(Atom + "id")!).Distinct())
            if (!Uri.IsWellFormedUriString(element.Value, UriKind.Absolute)) problems.Add($"id {element.Value} is not an absolute IRI");
        foreach (var date in feed.Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
            if (!IsRfc3339(date.Value)) problems.Add($"{date.Name.LocalName} {date.Value} is not an RFC 3339 date");
        foreach (var link in feed.Descendants(Atom + "link"))
            if (!Uri.IsWellFormedUriString((string?)link.Attribute("href"), UriKind.Absolute)) problems.Add($"link {link} has no absolute href");
        foreach (var person in feed.Descendants().Where(e => e.Name == Atom + "author" || e.Name == Atom + "contributor"))
            if (person.Elements(Atom + "name").Count() != 1) problems.Add($"a person without exactly one name: {person}");
        return problems;
    }

    public static bool IsRfc3339(string text) => DateTimeOffset.TryParseExact(text,
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static IEnumerable<string> Required(XElement parent, string what, params string[] names) =>
        names.Where(n => parent.Elements(Atom + n).Count() != 1).Select(n => $"{what}: needs exactly one {n}");

    private static IEnumerable<string> AtMostOnce(XElement parent, string what, params string[] names) =>
        names.Where(n => parent.Elements(Atom + n).Count() > 1).Select(n => $"{what}: more than one {n}");
}
