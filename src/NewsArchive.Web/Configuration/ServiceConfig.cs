using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using NewsArchive.Content.Files;
using NewsArchive.Content.Rendering;
using NewsArchive.Search;
using NewsArchive.Search.Indexing;
using NewsArchive.Web.IndexKeeping;
using NewsArchive.Web.Http;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Configuration;

internal static class ServiceConfig
{
    public static void AddArchive(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddServerLimits();
        builder.AddHttps();

        // Options: defaults filled in, then every key checked at start-up.
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ArchiveOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<ArchiveOptions>>(sp => sp.GetRequiredService<ArchiveOptionsSetup>());
        services.AddSingleton<IValidateOptions<ArchiveOptions>>(sp => sp.GetRequiredService<ArchiveOptionsSetup>());

        // From content file to page: the folder's reader, the index the site reads now, search over it, and the
        // keeper that opens the index once the server listens, brings it in line with the folder and follows it.
        services.AddSingleton(sp => ContentFolderOf(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value));
        services.AddSingleton<CurrentIndex>();
        services.AddSingleton<IArchiveSearch>(sp => new ArchiveSearch(sp.GetRequiredService<CurrentIndex>()));
        services.AddSingleton<ArticleRenderer>();
        services.AddSingleton<IndexKeeper>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexKeeper>());

        // Vietnamese letters go out as text, not as numeric entities, in HTML and in JSON.
        var allLetters = JavaScriptEncoder.Create(UnicodeRanges.All);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddControllersWithViews()
            .AddJsonOptions(o => o.JsonSerializerOptions.Encoder = allLetters);
        services.AddProblemDetails();
        services.AddProxyTrust();
        services.AddSingleton<Discovery.PublicAddress>();
        services.AddArchiveRateLimits();
        services.AddPageCaching();
        services.AddArchiveCompression();

        services.AddHealthChecks().AddCheck<IndexHealthCheck>("archive", tags: ["ready"]);
    }

    /// <summary>The content folder as configured: its files, read with the configured sources and size limit.</summary>
    public static ContentFolder ContentFolderOf(ArchiveOptions settings) =>
        new(settings.ContentPath, new ArticleFileReader(new SourceDirectory(settings.Sources), settings.MaxFileBytes));
}
