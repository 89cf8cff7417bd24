namespace NewsArchive.Web.Http;

/// <summary>
/// Outside Development: HSTS on every HTTPS response, and plain HTTP redirected to HTTPS when the site has an
/// HTTPS address at all. A site served over plain HTTP (behind a proxy that does TLS, or `dotnet run`) is left
/// as it is: a redirect to a port nobody listens on would lock readers out.
/// </summary>
internal static class HttpsConfig
{
    public static void AddHttps(this WebApplicationBuilder builder)
    {
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        // Permanent: browsers and crawlers remember it, as HSTS will make them do anyway.
        builder.Services.AddHttpsRedirection(redirect => redirect.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
    }

    public static void UseHttpsWhenServed(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return;
        app.UseHsts(); // writes the header on HTTPS requests only, and never for localhost
        if (ServesHttps(app.Configuration))
            app.UseHttpsRedirection();
    }

    /// <summary>An HTTPS port or address in configuration: <c>https_port</c>, <c>--urls https://…</c>, or a Kestrel endpoint.</summary>
    internal static bool ServesHttps(IConfiguration configuration)
    {
        static bool IsHttps(string? url) => url?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true;
        return !string.IsNullOrWhiteSpace(configuration["https_port"])
               || !string.IsNullOrWhiteSpace(configuration["https_ports"])
               || IsHttps(configuration["urls"])
               || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(endpoint => IsHttps(endpoint["Url"]));
    }
}
