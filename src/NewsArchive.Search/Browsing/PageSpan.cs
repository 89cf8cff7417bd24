
namespace NewsArchive.Search.Browsing;

/// <summary>
/// Where one page of a list in time order lies: a run of days (its first day entered part-way), then perhaps the
/// undated articles, which come last whichever way time runs. Found from <see cref="DayCounts"/> alone, so page 500
/// costs a search over the days it shows, not over the 10,000 articles before it.
/// </summary>
/// <param name="FromDay">The earliest day number of the run (the last one shown, when newest come first).</param>
/// <param name="DatedSkip">Articles of the run's first day in list order that belong to earlier pages.</param>
internal readonly record struct PageSpan(int FromDay, int ToDay, int DatedSkip, int DatedTake, int UndatedSkip, int UndatedTake)
{
    public static PageSpan Locate(DayCounts counts, bool newestFirst, long skip, int take)
    {
        var remaining = Math.Max(skip, 0);
        var need = Math.Max(take, 0);
        int? first = null, last = null;
        int datedSkip = 0, datedTake = 0;
        for (var i = 0; i < counts.Days.Count && need > 0; i++)
        {
            var (day, count) = counts.Days[newestFirst ? counts.Days.Count - 1 - i : i];
            if (first is null)
            {
                if (remaining >= count)
                {
                    remaining -= count;
                    continue;
                }
                first = day;
                datedSkip = (int)remaining;
                remaining = 0;
            }
            var got = Math.Min(count - (last is null ? datedSkip : 0), need);
            datedTake += got;
            need -= got;
            last = day;
        }

        var undatedSkip = (int)Math.Min(remaining, counts.Undated);
        var undatedTake = Math.Min(need, counts.Undated - undatedSkip);
        if (first is null) return new PageSpan(0, 0, 0, 0, undatedSkip, undatedTake);
        return new PageSpan(Math.Min(first.Value, last!.Value), Math.Max(first.Value, last.Value), datedSkip, datedTake, undatedSkip, undatedTake);
    }
}
