using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Options;

/// <summary>Fills in the default folders, then checks every key, naming the key in each failure.</summary>
internal sealed class ArchiveOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<ArchiveOptions>, IValidateOptions<ArchiveOptions>
{
    public void PostConfigure(string? name, ArchiveOptions options)
    {
        // A relative folder is read from the content root: the project folder under dotnet run (where
        // appsettings.Development.json points at the repository's content/), the app's folder in the container.
        var root = environment.ContentRootPath;
        options.ContentPath = Path.GetFullPath(string.IsNullOrWhiteSpace(options.ContentPath) ? "content" : options.ContentPath, root);
        options.IndexPath = string.IsNullOrWhiteSpace(options.IndexPath)
            ? DefaultIndexPath(options.ContentPath)
            : Path.GetFullPath(options.IndexPath, root);
    }

    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        var failures = new List<string>();
        if (!Directory.Exists(options.ContentPath))
            failures.Add($"Archive:ContentPath: the content folder '{options.ContentPath}' does not exist.");
        else if (CannotRead(options.ContentPath) is { } reason)
            failures.Add($"Archive:ContentPath: the content folder '{options.ContentPath}' cannot be read ({reason}).");
        if (IsSameOrInside(options.IndexPath, options.ContentPath))
            failures.Add($"Archive:IndexPath: the index folder '{options.IndexPath}' must not be inside the content folder '{options.ContentPath}'.");
        if (options.PageSize is < 1 or > 100)
            failures.Add($"Archive:PageSize: must be from 1 to 100, not {options.PageSize}.");
        if (string.IsNullOrWhiteSpace(options.SiteName))
            failures.Add("Archive:SiteName: must not be empty.");
        if (!string.IsNullOrWhiteSpace(options.BaseUrl) && !IsWebAddress(options.BaseUrl))
            failures.Add($"Archive:BaseUrl: '{options.BaseUrl}' is not an absolute http or https address.");
        if (options.SearchRateLimit < 0)
            failures.Add($"Archive:SearchRateLimit: must be 0 (no limit) or more, not {options.SearchRateLimit}.");
        foreach (var proxy in options.KnownProxies.Where(p => !KnownProxy.TryParse(p, out _)))
            failures.Add($"Archive:KnownProxies: '{proxy}' is not an IP address or a CIDR network such as 10.0.0.0/8.");
        if (options.MaxFileSizeMB is < 1 or > 1024)
            failures.Add($"Archive:MaxFileSizeMB: must be from 1 to 1024 (megabytes), not {options.MaxFileSizeMB}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// One index per content folder, in the user's data folder: two checkouts (or two content folders) never share
    /// an index, and the same folder finds its index again at the next start.
    /// </summary>
    internal static string DefaultIndexPath(string contentPath)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentPath));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(full)), 0, 4);
        var name = Path.GetFileName(Path.GetDirectoryName(full)) is { Length: > 0 } parent ? $"{parent}-{Path.GetFileName(full)}" : Path.GetFileName(full);
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(data, "NewsArchive", "indexes", $"{Slugged(name)}-{hash}");
    }

    private static string Slugged(string name)
    {
        var kept = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return kept.Length == 0 ? "content" : kept[..Math.Min(kept.Length, 40)];
    }

    private static string? CannotRead(string folder)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal);
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
