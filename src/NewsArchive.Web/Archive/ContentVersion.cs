using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsArchive.Web.Archive;

/// <summary>
/// Which state of the content a page shows. <see cref="IndexKeeper"/> moves it on after a sync that changed articles:
/// cached pages of the old content are dropped and browsers' copies stop matching their ETag.
/// </summary>
public sealed class ContentVersion
{
    /// <summary>The tag of every cached page; evicted whole when the content changes.</summary>
    public const string CacheTag = "content";

    // A restart may bring other code, views or settings: ETags of an earlier process must not match.
    private readonly string _process = RandomNumberGenerator.GetHexString(8, lowercase: true);
    private readonly IOutputCacheStore _cache;
    private volatile Stamp _current;

    public ContentVersion(IOutputCacheStore cache)
    {
        _cache = cache;
        _current = Make(0);
    }

    /// <summary>Goes up by one with each change; part of every cached page's key.</summary>
    public long Number => _current.Number;

    /// <summary>The number as text, for the cache key (made once per change, not per request).</summary>
    public string Key => _current.Key;

    /// <summary>The weak ETag of every page at the current version (one representation per encoding, hence weak).</summary>
    public string ETag => _current.ETag;

    /// <summary>Called once the index shows the changed articles (by the one thread that syncs).</summary>
    public async ValueTask ChangedAsync(CancellationToken cancellationToken)
    {
        _current = Make(Number + 1);
        // The number alone makes old entries unreachable; evicting them gives their memory back now.
        await _cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    private Stamp Make(long number)
    {
        var key = number.ToString(CultureInfo.InvariantCulture);
        return new Stamp(number, key, $"W/\"{_process}-{key}\"");
    }

    private sealed record Stamp(long Number, string Key, string ETag);
}
