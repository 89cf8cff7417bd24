namespace NewsArchive.Web.Http;

/// <summary>Kestrel's limits, where the defaults do not suit a search site.</summary>
internal static class ServerLimits
{
    /// <summary>
    /// A reader may paste a whole paragraph into the search box: Kestrel's default 8 KB request line would answer
    /// a 10,000-character query with 414. The query itself is cut to what search reads (QueryText.MaxLength), so
    /// a longer line costs only its bytes.
    /// </summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    public static void AddServerLimits(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes);
}
