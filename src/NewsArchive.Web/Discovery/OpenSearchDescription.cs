using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// The OpenSearch 1.1 description that lets a browser add the archive as a search engine, with the suggestions
/// the search box shows while typing.
/// </summary>
internal static class OpenSearchDescription
{
    public const string Namespace = "http://a9.com/-/spec/opensearch/1.1/";
    public const string ContentType = "application/opensearchdescription+xml; charset=utf-8";
    public const string Path = "/opensearch.xml";
    public const string SuggestionsPath = "/api/suggest/opensearch";

    /// <summary>OpenSearch allows at most 16 characters of ShortName.</summary>
    public const int MaxShortName = 16;

    public static byte[] Write(SiteAddress site, string siteName)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("OpenSearchDescription", Namespace);
            writer.WriteElementString("ShortName", Namespace, ShortName(siteName));
            writer.WriteElementString("Description", Namespace, $"Tìm bài viết trong {siteName}, kho lưu trữ tin tức tiếng Việt; gõ có dấu hay không dấu đều được.");
            writer.WriteElementString("InputEncoding", Namespace, "UTF-8");
            writer.WriteElementString("Language", Namespace, "vi");
            writer.WriteStartElement("Image", Namespace);
            writer.WriteAttributeString("type", "image/svg+xml");
            writer.WriteAttributeString("width", "16");
            writer.WriteAttributeString("height", "16");
            writer.WriteString(site.Absolute("/favicon.svg"));
            writer.WriteEndElement();
            WriteUrl(writer, "text/html", site.Absolute("/search?q={searchTerms}"), null);
            WriteUrl(writer, "application/x-suggestions+json", site.Absolute(SuggestionsPath + "?q={searchTerms}"), null);
            WriteUrl(writer, "application/opensearchdescription+xml", site.Absolute(Path), "self");
            writer.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// <summary>The site name, cut to fit at a word boundary when it can be, and never inside a letter with its marks.</summary>
    public static string ShortName(string siteName)
    {
        var name = new StringInfo(siteName.Trim());
        if (name.LengthInTextElements <= MaxShortName) return name.String;
        var cut = name.SubstringByTextElements(0, MaxShortName);
        var lastSpace = cut.LastIndexOf(' ');
        var endsWord = char.IsWhiteSpace(name.SubstringByTextElements(MaxShortName, 1)[0]);
        return (endsWord || lastSpace <= 0 ? cut : cut[..lastSpace]).TrimEnd();
    }

    private static void WriteUrl(XmlWriter writer, string type, string template, string? rel)
    {
        writer.WriteStartElement("Url", Namespace);
        writer.WriteAttributeString("type", type);
        if (rel is not null) writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("template", template);
        writer.WriteEndElement();
    }
}
