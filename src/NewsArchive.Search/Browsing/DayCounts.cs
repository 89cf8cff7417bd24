namespace NewsArchive.Search.Browsing;

/// <summary>
/// How many articles of a list fall on each Vietnam day, and how many have no date: enough to say where any page
/// of the list begins without collecting the pages before it.
/// </summary>
/// <param name="Days">Day numbers (<c>yyyyMMdd</c>) with their counts, earliest first; no day with zero.</param>
internal sealed record DayCounts(IReadOnlyList<(int Day, int Count)> Days, int Undated)
{
    public long Total => Days.Sum(d => (long)d.Count) + Undated;

    /// <summary>The calendar's counts between two days (either open), or only its undated articles.</summary>
    public static DayCounts FromCalendar(ArchiveCalendar calendar, int? from, int? to, bool undatedOnly)
    {
        if (undatedOnly) return new DayCounts([], from is null && to is null ? calendar.Undated : 0);
        var all = calendar.DayNumbers;
        IReadOnlyList<(int Day, int Count)> days = from is null && to is null
            ? all
            : all.Where(d => (from is null || d.Day >= from) && (to is null || d.Day <= to)).ToList();
        // Undated articles are in no range of days: a list limited by dates has none.
        return new DayCounts(days, from is null && to is null ? calendar.Undated : 0);
    }
}
