namespace NewsArchive.Web.Discovery;

/// <summary>
/// URLs per sitemap file. The site registers none and uses <see cref="SitemapPlan.MaxUrlsPerFile"/>; tests register
/// a small one to see the sitemap index without writing 50,000 articles.
/// </summary>
internal sealed record SitemapLimit(int UrlsPerFile);
