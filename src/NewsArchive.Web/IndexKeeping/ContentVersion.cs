using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.IndexKeeping;

/// <summary>
/// Which state of the content a page shows. <see cref="IndexKeeper"/> moves it on after a sync that changed articles:
/// cached pages of the old content are dropped and browsers' copies stop matching their ETag.
/// </summary>
public sealed class ContentVersion
{
    /// <summary>The tag of every cached page; evicted whole when the content changes.</summary>
    public const string CacheTag = "content";

    // The ETag names the code and settings as well as the content: another build or other settings render other pages.
    // Nothing of the process itself goes in, so replicas of one build over one content folder give the same ETags.
    private readonly string _build;
    private readonly IOutputCacheStore _cache;
    private volatile Stamp _current;

    public ContentVersion(IOutputCacheStore cache, IOptions<ArchiveOptions> options)
    {
        _cache = cache;
        _build = BuildOf(options.Value);
        _current = Make(0, "");
    }

    /// <summary>Goes up by one with each change; part of every cached page's key.</summary>
    public long Number => _current.Number;

    /// <summary>The number as text, for the cache key (made once per change, not per request).</summary>
    public string Key => _current.Key;

    /// <summary>The weak ETag of every page at the current version (one representation per encoding, hence weak).</summary>
    public string ETag => _current.ETag;

    /// <summary>Called once the index shows the changed articles (by the one thread that syncs).</summary>
    /// <param name="fingerprint">What the index now holds (<see cref="Search.Indexing.ContentSync.Fingerprint"/>).</param>
    public async ValueTask ChangedAsync(string fingerprint, CancellationToken cancellationToken)
    {
        _current = Make(Number + 1, fingerprint);
        // The number alone makes old entries unreachable; evicting them gives their memory back now.
        await _cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    private Stamp Make(long number, string fingerprint)
    {
        var key = number.ToString(CultureInfo.InvariantCulture);
        return new Stamp(number, key, $"W/\"{_build}-{fingerprint}\"");
    }

    private static string BuildOf(ArchiveOptions options)
    {
        var code = typeof(ContentVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        // Not the folders: each replica has an index folder of its own and may mount the content elsewhere.
        var settings = JsonSerializer.Serialize(new { options.SiteName, options.BaseUrl, options.Sources, options.PageSize, options.IndexArticleText });
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(code + "\n" + settings));
        return Convert.ToHexStringLower(hash, 0, 4);
    }

    private sealed record Stamp(long Number, string Key, string ETag);
}
