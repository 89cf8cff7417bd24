using NewsArchive.Search.Suggestions;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Suggestions;

/// <summary>What the search box offers while a reader types, with or without diacritics.</summary>
public sealed class CompletionTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public CompletionTests()
    {
        _archive.WriteArticle("a.md", "Ban Chỉ đạo phòng chống thiên tai họp", "Ban Chỉ đạo tỉnh An Giang yêu cầu các huyện chủ động.");
        _archive.WriteArticle("b.md", "Ban Chỉ đạo 35 tổng kết năm", "Ban Chỉ đạo 35 tỉnh An Giang hoàn thành nhiệm vụ.");
        _archive.WriteArticle("c.md", "Bàn giao nhà mới cho hộ nghèo", "Lễ bàn giao diễn ra ở tỉnh Đồng Tháp.");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private IReadOnlyList<Completion> Complete(string typed) => _archive.Search.Complete(typed);

    [Theory]
    [InlineData("ban chi d")]
    [InlineData("Ban Chỉ đ")]
    [InlineData("ban chỉ đạ")]
    [InlineData("ban chi dao")]
    public void The_commonest_phrase_comes_first_written_as_the_archive_writes_it(string typed)
    {
        var first = Complete(typed)[0];

        Assert.Equal(new Completion("Ban Chỉ đạo", null), first);
    }

    [Fact]
    public void Titles_with_the_words_follow_as_articles_to_open()
    {
        var titles = Complete("ban chi d").Where(c => c.Slug is not null).Select(c => c.Text).ToList();

        Assert.Equal(2, titles.Count);
        Assert.All(titles, t => Assert.StartsWith("Ban Chỉ đạo", t));
    }

    [Fact]
    public void Accents_typed_are_respected()
    {
        var phrase = Complete("bàn g")[0];

        Assert.Equal(new Completion("Bàn giao", null), phrase);
        Assert.Equal(["Bàn giao nhà mới cho hộ nghèo"], Complete("bàn g").Where(c => c.Slug is not null).Select(c => c.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("b")]
    [InlineData("\"\"-")]
    [InlineData("zzzz qqq")]
    public void Too_little_or_nothing_known_offers_nothing(string typed)
    {
        Assert.Empty(Complete(typed));
    }

    [Fact]
    public void Any_input_is_bounded_and_never_throws()
    {
        var huge = string.Concat(Enumerable.Repeat("ban chi dao \"(-*?", 2000));

        Assert.True(Complete(huge).Count <= Completions.MaxItems);
        Assert.True(Complete("a").Count <= Completions.MaxItems);
    }
}
