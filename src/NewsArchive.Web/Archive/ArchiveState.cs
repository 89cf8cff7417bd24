using NewsArchive.Content.Archive;

namespace NewsArchive.Web.Archive;

/// <summary>The catalogue pages read from; replaced whole when the content folder has been (re)loaded.</summary>
public sealed class ArchiveState
{
    private volatile ArticleCatalog? _catalog;

    /// <summary>False until the first load finishes: pages answer 503 and /health is not ready until then.</summary>
    public bool IsReady => _catalog is not null;

    public ArticleCatalog Catalog => _catalog ?? ArticleCatalog.Empty;

    public void Publish(ArticleCatalog catalog) => _catalog = catalog;
}
