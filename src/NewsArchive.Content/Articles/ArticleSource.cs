namespace NewsArchive.Content.Articles;

/// <summary>The publication an article comes from, and the link to the original when it is a safe web link.</summary>
public sealed record ArticleSource(string Name, Uri? Url)
{
    /// <summary>Only absolute http(s) links are kept: anything else (javascript:, data:, file:) is never shown as a link.</summary>
    public static Uri? SafeUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
               && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;
    }

    /// <summary>The Wayback Machine's copy of the original nearest to the publication date.</summary>
    public Uri? WaybackUrl(DateTimeOffset? published)
    {
        if (Url is null) return null;
        var stamp = published is { } date ? VietnamTime.ToLocal(date).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) : "2";
        return new Uri($"https://web.archive.org/web/{stamp}/{Url.AbsoluteUri}");
    }
}
