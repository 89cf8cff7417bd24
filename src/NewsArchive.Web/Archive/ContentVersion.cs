using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsArchive.Web.Archive;

/// <summary>
/// Which state of the content a page shows. <see cref="IndexKeeper"/> moves it on after a sync that changed articles:
/// cached pages of the old content are dropped and browsers' copies stop matching their ETag.
/// </summary>
public sealed class ContentVersion(IOutputCacheStore cache)
{
    /// <summary>The tag of every cached page; evicted whole when the content changes.</summary>
    public const string CacheTag = "content";

    // A restart may bring other code, views or settings: ETags of an earlier process must not match.
    private readonly string _process = RandomNumberGenerator.GetHexString(8, lowercase: true);
    private long _number;

    /// <summary>Goes up by one with each change; part of every cached page's key.</summary>
    public long Number => Interlocked.Read(ref _number);

    /// <summary>The weak ETag of every page at the current version (one representation per encoding, hence weak).</summary>
    public string ETag => $"W/\"{_process}-{Number}\"";

    /// <summary>Called once the index shows the changed articles.</summary>
    public async ValueTask ChangedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _number);
        // The number alone makes old entries unreachable; evicting them gives their memory back now.
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }
}
