using NewsArchive.Web.Options;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>Without Archive:IndexPath each content folder has an index of its own, found again at the next start.</summary>
public sealed class DefaultIndexPathTests
{
    [Fact]
    public void Two_content_folders_never_share_the_default_index()
    {
        var first = ArchiveOptionsSetup.DefaultIndexPath("/srv/checkout-a/content");
        var second = ArchiveOptionsSetup.DefaultIndexPath("/srv/checkout-b/content");

        Assert.NotEqual(first, second);
        Assert.Equal(first, ArchiveOptionsSetup.DefaultIndexPath("/srv/checkout-a/content/"));
        Assert.Contains("checkout-a-content", first);
    }

    [Fact]
    public void The_default_index_is_outside_the_content_folder()
    {
        var index = ArchiveOptionsSetup.DefaultIndexPath("/srv/news/content");

        Assert.False(index.StartsWith("/srv/news/content", StringComparison.Ordinal));
    }
}
