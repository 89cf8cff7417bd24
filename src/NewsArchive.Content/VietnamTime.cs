namespace NewsArchive.Content;

/// <summary>Vietnam keeps +07:00 all year: dates without an offset, and calendar days, are Vietnam local.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset moment) => moment.ToOffset(Offset);

    public static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);
}
