using NewsArchive.Web.Models;

namespace NewsArchive.Web.Tests.Pages;

/// <summary>Numbers and dates as Vietnamese readers write them, whatever culture the server runs in.</summary>
public sealed class FormattingTests
{
    [Theory]
    [InlineData(7, "7")]
    [InlineData(1234, "1.234")]
    [InlineData(1234567, "1.234.567")]
    public void Numbers_group_thousands_with_a_dot(int value, string expected) =>
        Assert.Equal(expected, Formatting.Number(value));

    [Theory]
    [InlineData("2023-02-28T00:00:00+07:00", "Thứ Ba, 28/02/2023")]
    [InlineData("2023-03-05T00:00:00+07:00", "Chủ Nhật, 05/03/2023")]
    [InlineData("2023-02-28T01:30:00+00:00", "Thứ Ba, 28/02/2023, 08:30")] // in Vietnam time
    public void Dates_are_weekday_and_day_month_year(string moment, string expected) =>
        Assert.Equal(expected, Formatting.LongDate(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture)));
}
