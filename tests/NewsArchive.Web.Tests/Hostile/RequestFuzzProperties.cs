using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// Random requests built from what hostile clients send (operators, broken encodings, huge and negative numbers,
/// impossible dates, control characters, any string at all) in any parameter of any page: the answer is always a
/// page, a redirect, a 400 or a 404, never a server error, and never more than a bounded response.
/// </summary>
public sealed class RequestFuzzProperties(RequestFuzzProperties.Site fixture) : IClassFixture<RequestFuzzProperties.Site>
{
    /// <summary>Far above any real page (a hundred results of the API), far below what a runaway would produce.</summary>
    private const int MaxResponseBytes = 1024 * 1024;

    private static readonly HttpStatusCode[] Ordinary =
    [
        HttpStatusCode.OK, HttpStatusCode.MovedPermanently, HttpStatusCode.Found, HttpStatusCode.BadRequest, HttpStatusCode.NotFound,
    ];

    public sealed class Site : FolderSite
    {
        protected override void Write(TempFolder content) => ArchiveFixtures.WriteTo(content);

        protected override ArchiveSite Configure(ArchiveSite site) => site.With("Archive:SearchRateLimit", "0");
    }

    private async Task<bool> AnsweredOrdinarily(string target)
    {
        using var response = await fixture.Client.GetAsync(target);
        var body = await response.Content.ReadAsByteArrayAsync();
        return Ordinary.Contains(response.StatusCode) && body.Length <= MaxResponseBytes;
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(HostileRequests)])]
    public Task<bool> Any_query_string_on_any_page_is_answered_ordinarily(Page page, QueryString query) =>
        AnsweredOrdinarily(page.Path + "?" + query.Text);

    [Property(MaxTest = 300, Arbitrary = [typeof(HostileRequests)])]
    public Task<bool> Any_value_where_a_slug_or_date_belongs_is_answered_ordinarily(RouteTarget target) =>
        AnsweredOrdinarily(target.Path);

    public sealed record Page(string Path)
    {
        public override string ToString() => Path;
    }

    public sealed record QueryString(string Text)
    {
        public override string ToString() => Text;
    }

    public sealed record RouteTarget(string Path)
    {
        public override string ToString() => Path;
    }

    public static class HostileRequests
    {
        private static readonly string[] Paths =
        [
            "/", "/search", "/api/search", "/api/suggest", "/api/suggest/opensearch", "/articles/ban-tin-nong-nghiep-so-1",
            "/articles/bai-viet-co-ma-doc", "/archive", "/archive/2024", "/archive/2024/01", "/archive/2024/01/05", "/sources",
            "/sources/bao-can-tho", "/feed.xml", "/sitemap.xml", "/robots.txt", "/opensearch.xml", "/health", "/api/articles/ban-tin-nong-nghiep-so-1",
        ];

        private static readonly string[] Names = ["q", "page", "pageSize", "from", "to", "sort", "source", "literal", "hl", "Q", "PAGE", "page[]", "q[0]", "", "%00", "%FF"];

        /// <summary>Already in their percent-encoded form, as a client would put them on the wire.</summary>
        private static readonly string[] WireValues =
        [
            "", "0", "-1", "1", "2", "100", "101", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1e3", "0x10", "+5", "%2B5", " 7",
            "%D9%A2", "%EF%BC%92", "2024-02-30", "2024-13-01", "9999-12-31", "0001-01-01", "-2024-01-01", "2024-1-1", "2024-01-01T00:00:00Z",
            "relevance", "NEWEST", "oldest%00", "bao-can-tho", "..%2F..%2Fappsettings.json", "%", "%%", "%ZZ", "%0", "%00", "%0A", "%1B", "%7F",
            "%ED%A0%80", "%ED%B0%80", "%C0%AE", "%C3%28", "%FF%FE", "%F4%90%80%80", "%E2%80%8B", "%E2%80%AE", "%F0%9F%87%BB%F0%9F%87%B3",
            "title%3Ax%20AND%20y", "*", "%3F", "%5C", "%22", "%22%22%22", "-", "--", "(((", "%3Cscript%3E", "+", "&", "=", "%26", "%3D",
            "l%C3%BAa", "lu%CC%81a", "vieejt+nam", "ban+chi+dao",
        ];

        private static string PercentEncode(byte[] bytes) => string.Concat(bytes.Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

        /// <summary>A value: a known troublemaker, any string (lone surrogates and all, sent as UTF-8), raw bytes, or a long paste.</summary>
        private static Gen<string> Value() => Gen.OneOf(
            Gen.Elements(WireValues),
            ArbMap.Default.GeneratorFor<string>().Select(s => PercentEncode(Encoding.UTF8.GetBytes(s ?? ""))),
            Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()).Select(PercentEncode),
            Gen.Choose(1, 12_000).Select(n => Uri.EscapeDataString(string.Concat(Enumerable.Repeat("mưa lũ ", n / 7 + 1))[..n])));

        private static Gen<string> Pair() =>
            from name in Gen.OneOf(Gen.Elements(Names), ArbMap.Default.GeneratorFor<byte[]>().Select(b => PercentEncode(b ?? [])))
            from value in Value()
            select name + "=" + value;

        public static Arbitrary<Page> Pages() => Gen.Elements(Paths).Select(p => new Page(p)).ToArbitrary();

        public static Arbitrary<QueryString> QueryStrings() =>
            Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Pair(), n)).Select(pairs => new QueryString(string.Join('&', pairs))).ToArbitrary();

        public static Arbitrary<RouteTarget> RouteTargets()
        {
            string[] shapes = ["/articles/{0}", "/api/articles/{0}", "/tags/{0}", "/sources/{0}", "/archive/{0}", "/archive/2024/{0}", "/archive/{0}/01/05", "/archive/2024/01/{0}", "/sitemap-{0}.xml", "/{0}", "/error/{0}"];
            return (from shape in Gen.Elements(shapes)
                    from value in Gen.OneOf(Value(), Gen.Elements("0", "-1", "2024", "13", "31", "29", "99999999999", "00", "1.5"))
                    where !value.Contains("%00", StringComparison.OrdinalIgnoreCase) && value.Length > 0 // a NUL in a path is the HTTP layer's to refuse (Kestrel: 400)
                    select new RouteTarget(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, value))).ToArbitrary();
        }
    }
}
