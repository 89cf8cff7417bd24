using System.Globalization;
using NewsArchive.Content;

namespace NewsArchive.Web.Models;

/// <summary>Dates as Vietnamese readers write them, in Vietnam time.</summary>
public static class Formatting
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary><c>Thứ Ba, 28/02/2023</c>, with the time when the file gave one (<c>Thứ Ba, 28/02/2023, 08:00</c>).</summary>
    public static string LongDate(DateTimeOffset moment)
    {
        var local = VietnamTime.ToLocal(moment);
        var day = local.ToString("dddd, dd/MM/yyyy", Vietnamese);
        return local.TimeOfDay == TimeSpan.Zero ? day : day + local.ToString(", HH:mm", Vietnamese);
    }

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>: a day alone when no time is known.</summary>
    public static string MachineDate(DateTimeOffset moment)
    {
        var local = VietnamTime.ToLocal(moment);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static string Number(int value) => value.ToString("N0", Vietnamese);
}
