namespace NewsArchive.Content.Paging;

/// <summary>One page of a longer list, with the arithmetic for links to its neighbours.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (int)(((long)TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;

    /// <summary>Whether the page asked for exists; page 1 always does, even of an empty list.</summary>
    public bool Exists => Page >= 1 && Page <= TotalPages;

    /// <summary>The same page with each item turned into what a view needs.</summary>
    public PageOf<TResult> Select<TResult>(Func<T, TResult> selector) => new(Items.Select(selector).ToList(), Page, PageSize, TotalCount);
}

public static class PageOf
{
    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="all"/>.</summary>
    public static PageOf<T> Of<T>(IReadOnlyList<T> all, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var skip = (long)(Math.Max(page, 1) - 1) * pageSize;
        IReadOnlyList<T> items = skip >= all.Count ? [] : all.Skip((int)skip).Take(pageSize).ToList();
        return new PageOf<T>(items, page, pageSize, all.Count);
    }
}
