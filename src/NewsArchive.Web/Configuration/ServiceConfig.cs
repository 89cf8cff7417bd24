using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using NewsArchive.Content.Rendering;
using NewsArchive.Web.Archive;
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

        // The archive: loaded in the background, read by every page.
        services.AddSingleton<ArchiveState>();
        services.AddSingleton<ArticleRenderer>();
        services.AddHostedService<IndexKeeper>();
        services.AddSingleton<RequireLoadedArchiveFilter>();

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

        services.AddHealthChecks().AddCheck<ArchiveHealthCheck>("archive", tags: ["ready"]);
    }
}
