using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsArchive.Content.Archive;
using NewsArchive.Content.Files;
using NewsArchive.Web.Configuration;

namespace NewsArchive.Web.Archive;

/// <summary>Reads the content folder in the background at start-up, so the site can answer /alive at once.</summary>
internal sealed class ContentLoader(ArchiveState state, IOptions<ArchiveOptions> options, ILogger<ContentLoader> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Load(stoppingToken), stoppingToken);

    private void Load(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = new ContentFolder(settings.ContentPath, new ArticleFileReader(new SourceDirectory(settings.Sources)));
        var clock = Stopwatch.StartNew();
        var result = folder.Load(cancellationToken);

        foreach (var file in result.Rejected)
            logger.LogWarning("Skipped article file {File}: {Reason}", file.Id, file.Reason);
        foreach (var clash in result.SlugCollisions)
        {
            if (clash.Article.HasExplicitSlug)
                logger.LogWarning("Article file {File} asks for slug {Slug}, which another article has; it is served as {AssignedSlug}", clash.Article.Id, clash.WantedSlug, clash.AssignedSlug);
            else
                logger.LogInformation("Article file {File} has the same title slug {Slug} as another; it is served as {AssignedSlug}", clash.Article.Id, clash.WantedSlug, clash.AssignedSlug);
        }

        state.Publish(new ArticleCatalog(result.Articles, result.Rejected));
        logger.LogInformation("Loaded {ArticleCount} articles from {ContentPath} in {ElapsedMs} ms; {RejectedCount} files skipped",
            result.Articles.Count, folder.RootPath, clock.ElapsedMilliseconds, result.Rejected.Count);
    }
}
