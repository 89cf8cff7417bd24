using NewsArchive.Search.Browsing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Tests.Browsing;

/// <summary>Previous and next on a busy day, and the tags with their counts.</summary>
public sealed class NeighboursAndTagsTests(BusyDayArchive archive) : IClassFixture<BusyDayArchive>
{
    [Fact]
    public void Every_article_of_a_busy_day_links_to_the_one_before_and_after_it()
    {
        var order = archive.Expected(newestFirst: false).Take(archive.Count - BusyDayArchive.UndatedCount).ToList();
        // The busy day's last fifty, far past the first two hundred of its day.
        var day = BusyDayArchive.BusyDay;
        var lastFifty = archive.Search.Search(new SearchRequest { From = day, To = day, Sort = SearchSort.Oldest, PageSize = 50, Page = 5 }).Hits.Items;

        Assert.Equal(50, lastFifty.Count);
        foreach (var hit in lastFifty)
        {
            var at = order.IndexOf(hit.Title);
            var (previous, next) = archive.Search.Neighbours(archive.Search.FindBySlug(hit.Slug)!);
            Assert.Equal(order[at - 1], previous?.Title);
            Assert.Equal(order[at + 1], next?.Title);
        }
    }

    [Fact]
    public void The_first_and_last_dated_articles_have_one_neighbour_and_undated_ones_none()
    {
        var first = archive.Search.FindBySlug("dem-giao-thua-ben-song")!;
        var last = archive.Search.FindBySlug("tong-ket-cuoc-bau-cu")!;
        var undated = archive.Search.FindBySlug("chuyen-lang-nghe-so-1")!;

        Assert.Equal((null, "Sáng đầu tháng Hai"), (archive.Search.Neighbours(first).Previous?.Title, archive.Search.Neighbours(first).Next?.Title));
        Assert.Null(archive.Search.Neighbours(last).Next);
        Assert.NotNull(archive.Search.Neighbours(last).Previous);
        Assert.Equal((null, null), archive.Search.Neighbours(undated));
    }

    [Fact]
    public void Tags_come_with_their_counts_in_alphabetical_order_named_as_most_articles_write_them()
    {
        var tags = archive.Search.Tags();

        Assert.Equal(
            [new TagCount("bau-cu", "Bầu cử", BusyDayArchive.BusyDayCount + 1), new TagCount("ha-noi", "Hà Nội", 50), new TagCount("le-hoi", "Lễ hội", 2)],
            tags);
    }

    [Fact]
    public void Each_tags_count_is_the_length_of_its_list()
    {
        foreach (var tag in archive.Search.Tags())
            Assert.Equal(tag.Count, archive.Search.Search(new SearchRequest { Tag = tag.Slug }).Hits.TotalCount);
    }
}
