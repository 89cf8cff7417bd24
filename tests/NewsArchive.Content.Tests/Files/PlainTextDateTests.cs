using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>The date of a plain-text report, read from its dateline; the year may have to come from the rest of the text.</summary>
public sealed class PlainTextDateTests
{
    private static DateTimeOffset? DateOf(string opening, string rest = "Buổi lễ diễn ra trang trọng.") =>
        Parse.PlainText($"""
            Khánh thành trường học vùng cao

            {opening}

            {rest}
            """).Date;

    [Fact]
    public void A_full_dateline_gives_that_day_at_midnight_Vietnam_time()
    {
        var date = Assert.NotNull(DateOf("Ngày 5/9/2021, huyện Mèo Vạc khánh thành điểm trường mới."));

        Assert.Equal(Parse.VietnamMidnight(2021, 9, 5), date);
        Assert.Equal(TimeSpan.FromHours(7), date.Offset);
    }

    [Fact]
    public void A_dateline_without_year_takes_the_year_the_text_mentions_most()
    {
        var date = DateOf(
            "Chiều 3/4, huyện Mèo Vạc khánh thành điểm trường mới.",
            "Trong năm 2021, huyện xây 5 phòng học; năm 2022 xây thêm 8 phòng và đến cuối năm 2022 không còn phòng học tạm.");

        Assert.Equal(Parse.VietnamMidnight(2022, 4, 3), date);
    }

    [Fact]
    public void The_implied_year_moves_on_when_the_report_would_predate_a_document_it_cites()
    {
        var date = DateOf(
            "Chiều 3/4, huyện Mèo Vạc khánh thành điểm trường mới.",
            "Công trình được xây theo Quyết định số 112 ngày 20/10/2022 của UBND tỉnh, với vốn bố trí trong năm 2022.");

        Assert.Equal(Parse.VietnamMidnight(2023, 4, 3), date);
    }

    [Fact]
    public void The_implied_year_stays_when_the_report_comes_after_the_document_it_cites()
    {
        var date = DateOf(
            "Tối 25/11, huyện Mèo Vạc khánh thành điểm trường mới.",
            "Công trình được xây theo Quyết định số 112 ngày 20/10/2022 của UBND tỉnh.");

        Assert.Equal(Parse.VietnamMidnight(2022, 11, 25), date);
    }

    [Fact]
    public void A_dateline_is_unknown_when_the_text_gives_no_year()
    {
        Assert.Null(DateOf("Chiều 3/4, huyện Mèo Vạc khánh thành điểm trường mới."));
    }

    [Fact]
    public void A_report_without_a_dateline_has_no_date()
    {
        Assert.Null(DateOf("Huyện Mèo Vạc vừa khánh thành điểm trường mới trong năm 2023."));
    }

    [Fact]
    public void A_dateline_that_is_not_a_real_day_gives_no_date()
    {
        Assert.Null(DateOf("Sáng 30/2, huyện Mèo Vạc khánh thành điểm trường mới.", "Đây là công trình trọng điểm năm 2023."));
    }

    [Theory]
    [InlineData("Sáng nay (12/5), huyện Mèo Vạc khánh thành điểm trường mới.")]
    [InlineData("Tối 12-5, huyện Mèo Vạc khánh thành điểm trường mới.")]
    [InlineData("MÈO VẠC – Trưa 12/5, huyện khánh thành điểm trường mới.")]
    public void Usual_dateline_forms_are_read(string opening)
    {
        Assert.Equal(Parse.VietnamMidnight(2024, 5, 12), DateOf(opening, "Công trình nằm trong kế hoạch năm 2024."));
    }

    [Theory]
    [InlineData("Sáng ２８/２, huyện Mèo Vạc khánh thành điểm trường mới.", "Công trình nằm trong kế hoạch năm 2023.")]
    [InlineData("Sáng 28/2, huyện Mèo Vạc khánh thành điểm trường mới.", "Công trình nằm trong kế hoạch năm 20２３.")]
    [InlineData("Sáng ٢٨/٢, huyện Mèo Vạc khánh thành điểm trường mới.", "Công trình nằm trong kế hoạch năm 2023.")]
    public void Unusual_digits_in_the_text_never_stop_the_article_from_loading(string opening, string rest)
    {
        var date = DateOf(opening, rest);

        Assert.True(date is null || date == Parse.VietnamMidnight(2023, 2, 28));
    }
}
