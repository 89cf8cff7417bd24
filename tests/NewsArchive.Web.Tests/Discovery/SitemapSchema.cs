using System.Xml;
using System.Xml.Schema;

namespace NewsArchive.Web.Tests.Discovery;

/// <summary>
/// The sitemaps.org 0.9 protocol as an XML schema, written out here from the protocol's rules (no schema can be
/// fetched offline): urlset of url (loc, then optional lastmod, changefreq, priority) and sitemapindex of sitemap
/// (loc, optional lastmod); loc an absolute URI of at most 2,048 characters; lastmod a W3C date or date-time.
/// </summary>
public static class SitemapSchema
{
    private const string Xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                   xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                   elementFormDefault="qualified">
          <xs:simpleType name="Loc">
            <xs:restriction base="xs:anyURI">
              <xs:minLength value="12"/>
              <xs:maxLength value="2048"/>
              <xs:pattern value="https?://.+"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="LastMod">
            <xs:union memberTypes="xs:date xs:dateTime"/>
          </xs:simpleType>
          <xs:simpleType name="ChangeFreq">
            <xs:restriction base="xs:string">
              <xs:enumeration value="always"/><xs:enumeration value="hourly"/><xs:enumeration value="daily"/>
              <xs:enumeration value="weekly"/><xs:enumeration value="monthly"/><xs:enumeration value="yearly"/>
              <xs:enumeration value="never"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="Priority">
            <xs:restriction base="xs:decimal"><xs:minInclusive value="0.0"/><xs:maxInclusive value="1.0"/></xs:restriction>
          </xs:simpleType>
          <xs:element name="urlset">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="url" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="loc" type="Loc"/>
                      <xs:element name="lastmod" type="LastMod" minOccurs="0"/>
                      <xs:element name="changefreq" type="ChangeFreq" minOccurs="0"/>
                      <xs:element name="priority" type="Priority" minOccurs="0"/>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <xs:element name="sitemapindex">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="sitemap" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="loc" type="Loc"/>
                      <xs:element name="lastmod" type="LastMod" minOccurs="0"/>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    private static readonly XmlSchemaSet Schemas = Load();

    /// <summary>What is wrong with a sitemap or sitemap index, read strictly: no DTD, the schema, UTF-8.</summary>
    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, ValidationType = ValidationType.Schema, Schemas = Schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        reader.MoveToContent();
        if (reader.NamespaceURI != SitemapTests.Sitemaps.NamespaceName) problems.Add($"root namespace {reader.NamespaceURI}");
        var urls = 0;
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "url" or "sitemap") urls++;
        if (urls > Web.Discovery.SitemapPlan.MaxUrlsPerFile) problems.Add($"{urls} URLs in one file");
        if (!xml.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", StringComparison.Ordinal)) problems.Add("no UTF-8 XML declaration");
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(new StringReader(Xsd), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(XmlSchema.Read(reader, (_, e) => throw e.Exception)!);
        set.Compile();
        return set;
    }
}
