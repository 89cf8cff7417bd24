using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Browsing;

/// <summary>How many articles each Vietnam-local day has; the date archive's years, months and days come from it.</summary>
public sealed class ArchiveCalendar(IReadOnlyDictionary<DateOnly, int> days, int undated)
{
    public static readonly ArchiveCalendar Empty = new(new Dictionary<DateOnly, int>(), 0);

    /// <summary>Articles without a date: they have no place in the calendar, but the count says they exist.</summary>
    public int Undated => undated;

    public int Total => days.Values.Sum() + undated;

    private IReadOnlyList<(int Day, int Count)>? _dayNumbers;

    /// <summary>Every day with articles as a day number (<c>yyyyMMdd</c>) with its count, earliest first; sorted once.</summary>
    internal IReadOnlyList<(int Day, int Count)> DayNumbers => _dayNumbers ??=
        days.Select(d => (Indexing.ArticleDocuments.DayNumber(d.Key), d.Value)).OrderBy(d => d.Item1).ToList();

    /// <summary>Years with articles, newest first.</summary>
    public IReadOnlyList<(int Year, int Count)> Years() =>
        days.GroupBy(d => d.Key.Year).Select(g => (g.Key, g.Sum(d => d.Value))).OrderByDescending(y => y.Key).ToList();

    /// <summary>The twelve months of <paramref name="year"/>, with a count for each (zero for a quiet month).</summary>
    public IReadOnlyList<(int Month, int Count)> Months(int year) =>
        Enumerable.Range(1, 12).Select(m => (m, days.Where(d => d.Key.Year == year && d.Key.Month == m).Sum(d => d.Value))).ToList();

    public int Count(DateOnly day) => days.GetValueOrDefault(day);

    public int Count(int year) => days.Where(d => d.Key.Year == year).Sum(d => d.Value);

    public int Count(int year, int month) => days.Where(d => d.Key.Year == year && d.Key.Month == month).Sum(d => d.Value);

    /// <summary>The nearest day with articles before <paramref name="day"/>, for "previous" links that never lead nowhere.</summary>
    public DateOnly? DayBefore(DateOnly day) => days.Keys.Where(d => d < day).Select(d => (DateOnly?)d).Max();

    public DateOnly? DayAfter(DateOnly day) => days.Keys.Where(d => d > day).Select(d => (DateOnly?)d).Min();
}
