using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Search.Querying;
using NewsArchive.Search;

namespace NewsArchive.Web.Models;

/// <summary>
/// The query string of <c>/search</c> and <c>/api/search</c>, taken as text and checked here, so that every bad
/// value gets a message in Vietnamese instead of a binding error.
/// </summary>
public sealed class SearchParameters
{
    /// <summary>The names below, for links that carry a search on and for the page cache's key.</summary>
    public static readonly string[] QueryNames = ["q", "from", "to", "source", "sort", "page", "literal", "pageSize"];

    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "source")] public string? Source { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>"1" searches the words exactly as typed, not read as Telex or VNI typing.</summary>
    [FromQuery(Name = "literal")] public string? Literal { get; set; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    public bool TryCreate(int defaultPageSize, out SearchRequest request, out string error)
    {
        request = new SearchRequest();
        error = "";
        if (!TryPositive(Page, 1, int.MaxValue, out var page))
            return Fail("Số trang phải là một số nguyên từ 1 trở lên.", out error);
        if (!TryPositive(PageSize, defaultPageSize, 100, out var pageSize))
            return Fail("Số kết quả mỗi trang (pageSize) phải từ 1 đến 100.", out error);
        if (!TryDay(From, out var from))
            return Fail("Ngày bắt đầu (from) phải có dạng năm-tháng-ngày, ví dụ 2023-02-28.", out error);
        if (!TryDay(To, out var to))
            return Fail("Ngày kết thúc (to) phải có dạng năm-tháng-ngày, ví dụ 2023-02-28.", out error);
        if (from > to)
            return Fail("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.", out error);
        if (!TrySort(Sort, out var sort))
            return Fail("Cách sắp xếp (sort) phải là relevance, newest hoặc oldest.", out error);
        // Words are ranked, and only the best results can be paged to; lists without words page to their end.
        if (QueryText.Parse(Q).HasWords && (long)(page - 1) * pageSize >= ArchiveSearch.MaxResultWindow)
            return Fail($"Chỉ xem được {ArchiveSearch.MaxResultWindow.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} kết quả đầu tiên; hãy thu hẹp tìm kiếm theo ngày hoặc theo báo.", out error);

        request = new SearchRequest
        {
            Query = string.IsNullOrWhiteSpace(Q) ? null : Q,
            From = from,
            To = to,
            Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Literal = Literal?.Trim() is "1" or "true",
        };
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }

    private static bool TryPositive(string? text, int fallback, int max, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    private static bool TrySort(string? text, out SearchSort? sort)
    {
        sort = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return true;
            case "relevance": sort = SearchSort.Relevance; return true;
            case "newest": sort = SearchSort.Newest; return true;
            case "oldest": sort = SearchSort.Oldest; return true;
            default: return false;
        }
    }
}
