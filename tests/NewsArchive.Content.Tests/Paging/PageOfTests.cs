using NewsArchive.Content.Paging;

namespace NewsArchive.Content.Tests.Paging;

/// <summary>Page arithmetic behind "Trang 1 / 3" and the previous/next links.</summary>
public sealed class PageOfTests
{
    private static int[] Items(int count) => Enumerable.Range(1, count).ToArray();

    [Fact]
    public void An_empty_list_has_one_page_and_page_one_exists()
    {
        var page = PageOf.Of(Items(0), 1, 20);

        Assert.Equal(1, page.TotalPages);
        Assert.True(page.Exists);
        Assert.Empty(page.Items);
        Assert.False(page.HasPrevious);
        Assert.False(page.HasNext);
    }

    [Fact]
    public void Exactly_one_page_of_items_is_one_page()
    {
        var page = PageOf.Of(Items(20), 1, 20);

        Assert.Equal(1, page.TotalPages);
        Assert.Equal(20, page.Items.Count);
        Assert.False(page.HasNext);
    }

    [Fact]
    public void One_item_more_than_a_page_makes_a_second_page_with_that_item()
    {
        var first = PageOf.Of(Items(21), 1, 20);
        var second = PageOf.Of(Items(21), 2, 20);

        Assert.Equal(2, first.TotalPages);
        Assert.True(first.HasNext);
        Assert.Equal(21, Assert.Single(second.Items));
        Assert.True(second.Exists);
        Assert.True(second.HasPrevious);
        Assert.False(second.HasNext);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_page_outside_the_list_does_not_exist(int number)
    {
        var page = PageOf.Of(Items(21), number, 20);

        Assert.False(page.Exists);
    }

    [Fact]
    public void A_page_beyond_the_last_is_empty_and_does_not_exist()
    {
        var page = PageOf.Of(Items(21), 3, 20);

        Assert.Empty(page.Items);
        Assert.False(page.HasNext);
    }

    [Theory]
    [InlineData(int.MaxValue, 20)]
    [InlineData(int.MaxValue, 100)]
    [InlineData(1_000_000_000, int.MaxValue)]
    [InlineData(2, int.MaxValue)]
    public void Huge_page_numbers_and_sizes_do_not_overflow(int number, int size)
    {
        var page = PageOf.Of(Items(21), number, size);

        Assert.Empty(page.Items);
        Assert.False(page.Exists);
        Assert.False(page.HasNext);
        Assert.Equal(size >= 21 ? 1 : 2, page.TotalPages);
    }

    [Fact]
    public void Page_count_of_a_huge_total_does_not_overflow()
    {
        var page = new PageOf<int>([], 1, 20, int.MaxValue);

        Assert.Equal(107_374_183, page.TotalPages);
        Assert.True(page.HasNext);
    }

    [Fact]
    public void A_page_size_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PageOf.Of(Items(5), 1, 0));
    }

    [Fact]
    public void Select_keeps_the_page_arithmetic()
    {
        var page = PageOf.Of(Items(45), 2, 20).Select(i => "bài " + i);

        Assert.Equal("bài 21", page.Items[0]);
        Assert.Equal(3, page.TotalPages);
        Assert.Equal(2, page.Page);
    }
}
