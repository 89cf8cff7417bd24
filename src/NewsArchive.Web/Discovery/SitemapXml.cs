using System.Globalization;
using System.Text;
using System.Xml;
using NewsArchive.Content;

namespace NewsArchive.Web.Discovery;

/// <summary>A page's absolute address and, for an article, its date (sitemaps have no field for "unknown").</summary>
internal sealed record SitemapUrl(string Location, DateTimeOffset? LastModified);

/// <summary>Sitemaps in the sitemaps.org 0.9 format, written as they are enumerated rather than built whole.</summary>
internal static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string ContentType = "application/xml; charset=utf-8";

    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls) => Write("urlset", writer =>
    {
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, url.Location);
            if (url.LastModified is { } date) writer.WriteElementString("lastmod", Namespace, W3CDate(date));
            writer.WriteEndElement();
        }
    });

    public static byte[] Index(IEnumerable<string> sitemaps) => Write("sitemapindex", writer =>
    {
        foreach (var location in sitemaps)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, location);
            writer.WriteEndElement();
        }
    });

    /// <summary>The W3C date-time form sitemaps ask for, in Vietnam time: <c>2024-01-15T08:00:00+07:00</c>.</summary>
    public static string W3CDate(DateTimeOffset moment) =>
        VietnamTime.ToLocal(moment).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static byte[] Write(string root, Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root, Namespace);
            body(writer);
            writer.WriteEndElement();
        }
        return buffer.ToArray();
    }
}
