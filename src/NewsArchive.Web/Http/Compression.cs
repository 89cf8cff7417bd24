using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace NewsArchive.Web.Http;

/// <summary>
/// Brotli, else gzip, for every text the site sends. Pages are compressed once and cached that way (see
/// <see cref="PageCaching"/>); what is not cached (API answers, search misses) is compressed per request, hence
/// fast settings.
/// </summary>
internal static class Compression
{
    private static readonly string[] TextTypes =
    [
        "application/atom+xml",
        "application/rss+xml",
        "application/opensearchdescription+xml",
        "application/problem+json",
        "application/manifest+json",
        "image/svg+xml",
    ];

    public static void AddArchiveCompression(this IServiceCollection services)
    {
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);
        services.AddResponseCompression(compression =>
        {
            // No page carries a secret (no cookies, no sign-in, no form tokens), so BREACH has nothing to read.
            compression.EnableForHttps = true;
            compression.Providers.Add<FastBrotli>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. TextTypes];
        });
    }

    /// <summary>
    /// Brotli at quality 5: close to gzip's speed with clearly smaller pages. The framework's own provider offers only
    /// CompressionLevel's "fastest" (1), "optimal" (4) and "smallest" (11).
    /// </summary>
    private sealed class FastBrotli : ICompressionProvider
    {
        private static readonly BrotliCompressionOptions Quality = new() { Quality = 5 };

        public string EncodingName => "br";

        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream) => new BrotliStream(outputStream, Quality, leaveOpen: true);
    }
}
