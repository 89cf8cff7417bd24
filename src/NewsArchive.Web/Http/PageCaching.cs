using NewsArchive.Web.IndexKeeping;

namespace NewsArchive.Web.Http;

/// <summary>
/// Pages are rendered once per content version and then served from memory (ASP.NET Core output caching), already
/// compressed, with an ETag; a sync that changes articles moves the version on and empties the cache.
/// </summary>
internal static class PageCaching
{
    /// <summary>The output cache policy of pages, feeds and sitemaps: <c>[OutputCache(PolicyName = PageCaching.Policy)]</c>.</summary>
    public const string Policy = "pages";

    // Bounded: the cache gives back the least used pages past the total; an entry over the limit is not kept.
    private const long TotalBytes = 128L * 1024 * 1024;
    private const long EntryBytes = 4L * 1024 * 1024;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static void AddPageCaching(this IServiceCollection services)
    {
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<PagePolicy>();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = TotalBytes;
            cache.MaximumBodySize = EntryBytes;
            cache.DefaultExpirationTimeSpan = Lifetime;
            // Slugs are lowercase and /articles/ABC is a redirect, not the same page.
            cache.UseCaseSensitivePaths = true;
            // The policy is made from services when first used (it needs the cache store, built from these options).
            cache.AddPolicy(Policy, policy => policy.AddPolicy<PagePolicy>(), excludeDefaultPolicy: true);
        });
    }

    /// <summary>After routing and rate limiting (search pages are counted even when cached), before compression.</summary>
    public static void UsePageCaching(this WebApplication app)
    {
        app.UseMiddleware<PageFreshness>();
        app.UseOutputCache();
    }
}
