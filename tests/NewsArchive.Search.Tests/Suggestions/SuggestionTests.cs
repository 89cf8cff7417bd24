using NewsArchive.Search.Querying;
using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Suggestions;

/// <summary>
/// "Có phải bạn muốn tìm": a query typed without diacritics is read the way this archive most often writes it, and
/// a query that finds nothing offers itself without its rarest word.
/// </summary>
public sealed class SuggestionTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public SuggestionTests()
    {
        // "Ban Chỉ đạo" three times, against one "bàn chỉ đạo"-like decoy: the pair statistics must choose.
        _archive.WriteArticle("a.md", "Ban Chỉ đạo phòng chống thiên tai họp", "Ban Chỉ đạo tỉnh yêu cầu các huyện chủ động ứng phó.");
        _archive.WriteArticle("b.md", "Ban Chỉ đạo 35 tổng kết năm", "Ban Chỉ đạo 35 các cấp đã hoàn thành nhiệm vụ.");
        _archive.WriteArticle("c.md", "Hội nghị của Ban Chỉ đạo", "Phó trưởng Ban Chỉ đạo phát biểu tại hội nghị.");
        _archive.WriteArticle("d.md", "Bàn ghế mới cho lớp học", "Nhà trường bàn giao bàn ghế; thầy chỉ dạo qua một vòng.");
        _archive.WriteArticle("e.md", "Giá bán lúa tăng", "Nông dân bán lúa được giá, ai cũng vui.");
        _archive.SyncAll();
    }

    public void Dispose() => _archive.Dispose();

    private SearchResults Search(string query) => _archive.Search.Search(new SearchRequest { Query = query });

    [Fact]
    public void Words_without_diacritics_are_read_as_the_archive_writes_them_capitals_included()
    {
        Assert.Equal("Ban Chỉ đạo", Search("ban chi dao").Suggestion);
    }

    [Fact]
    public void A_single_word_takes_its_most_used_spelling()
    {
        Assert.Equal("bán lúa", Search("ban lua").Suggestion);
    }

    [Fact]
    public void The_counts_follow_the_archive_as_it_changes()
    {
        Assert.Equal("bán lúa", Search("ban lua").Suggestion);

        // Counts are remembered per index reader: new articles must outvote them as soon as they are searchable.
        foreach (var name in new[] { "f", "g", "h" })
            _archive.WriteArticle($"{name}.md", "Chuyện bàn lùa nước", "Nông dân bàn lùa nước vào ruộng sớm.");
        _archive.SyncAll();

        Assert.Equal("bàn lùa", Search("ban lua").Suggestion);
    }

    [Theory]
    [InlineData("Ban Chỉ đạo")]
    [InlineData("ban chỉ dao")]
    [InlineData("\"ban chi dao\"")]
    [InlineData("xyzzy")]
    [InlineData("")]
    public void Nothing_is_suggested_when_diacritics_were_typed_or_nothing_reads_better(string query)
    {
        Assert.Null(Search(query).Suggestion);
    }

    [Fact]
    public void A_query_that_finds_nothing_offers_itself_without_its_rarest_word()
    {
        var results = Search("chỉ đạo xyzzy");

        Assert.Equal(0, results.Hits.TotalCount);
        Assert.Equal("chỉ đạo", results.Relaxed);
        Assert.NotEmpty(_archive.Find(results.Relaxed!));
    }

    [Fact]
    public void A_query_with_results_is_not_relaxed()
    {
        Assert.Null(Search("ban chi dao").Relaxed);
    }

    [Fact]
    public void The_suggestion_follows_the_content_as_it_changes()
    {
        for (var i = 0; i < 6; i++)
            _archive.WriteArticle($"ban-{i}.md", $"Bàn chỉ đạo số {i}", "Bàn chỉ đạo, bàn chỉ đạo, bàn chỉ đạo.");
        _archive.SyncAll();

        Assert.Equal("Bàn chỉ đạo", Search("ban chi dao").Suggestion);
    }
}
