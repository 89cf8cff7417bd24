using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsArchive.Content;
using NewsArchive.Search.Querying;

namespace NewsArchive.Web.Discovery;

/// <summary>An article for the feed: its list entry, and its bylines (which list entries do not carry).</summary>
internal sealed record FeedArticle(SearchHit Hit, IReadOnlyList<string> Authors);

/// <summary>The Atom 1.0 feed of the newest articles, each pointing to its page here and to the original.</summary>
internal static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const string Path = "/feed.xml";
    public const int Size = 50;

    public static byte[] Write(IReadOnlyList<FeedArticle> newest, SiteAddress site, string siteName)
    {
        var home = new Uri(site.Absolute("/"));
        var feed = new SyndicationFeed(siteName, "Bài mới nhất trong kho lưu trữ tin tức tiếng Việt, ghi rõ nguồn từng bài", home)
        {
            // The feed's own address is its permanent identity; the home page may change what it shows.
            Id = site.Absolute(Path),
            Language = "vi",
            // Atom requires <updated>: the newest article's date, else a fixed date rather than "now", so an
            // empty archive's feed does not look changed on every poll.
            LastUpdatedTime = newest.Count > 0 ? VietnamTime.ToLocal(newest[0].Hit.Date!.Value) : DateTimeOffset.UnixEpoch,
            Items = newest.Select(article => Entry(article, site)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(site.Absolute(Path)), "self", siteName, "application/atom+xml", 0));
        // Atom asks for an author on the feed when an entry has none; the archive is who compiled the entries.
        feed.Authors.Add(new SyndicationPerson { Name = siteName, Uri = home.AbsoluteUri });

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(FeedArticle article, SiteAddress site)
    {
        var hit = article.Hit;
        var page = site.Absolute(hit.Url);
        var date = VietnamTime.ToLocal(hit.Date!.Value);
        var entry = new SyndicationItem
        {
            Id = page,
            Title = new TextSyndicationContent(hit.Title),
            LastUpdatedTime = date,
            PublishDate = date,
            Summary = new TextSyndicationContent(Summary(hit)),
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(page), "text/html"));
        if (ArticleSourceLink(hit.SourceUrl) is { } original)
            entry.Links.Add(new SyndicationLink(original, "related", hit.SourceName, "text/html", 0));
        // Unsigned articles are the publication's own; only an article with neither falls back to the feed's author.
        var authors = article.Authors.Count > 0 ? article.Authors : hit.SourceName is { } name ? [name] : [];
        foreach (var author in authors) entry.Authors.Add(new SyndicationPerson { Name = author });
        return entry;
    }

    /// <summary>The excerpt, then the attribution in words, so readers that show only text still credit the original.</summary>
    private static string Summary(SearchHit hit)
    {
        var source = (hit.SourceName, hit.SourceUrl) switch
        {
            ({ } name, { } url) => $"Nguồn: {name}, bản gốc: {url}",
            ({ } name, null) => $"Nguồn: {name}",
            (null, { } url) => $"Bản gốc: {url}",
            _ => null,
        };
        return source is null ? hit.Excerpt : $"{hit.Excerpt}\n\n{source}";
    }

    private static Uri? ArticleSourceLink(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
}
