using Microsoft.Extensions.Options;
using NewsArchive.Web.Configuration;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Locate() });
builder.AddArchiveLogging();
builder.AddArchive();

var app = builder.Build();
try
{
    // Bad configuration stops here with one line naming the key, before anything listens.
    _ = app.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
}
catch (OptionsValidationException ex)
{
    app.Logger.LogCritical("Invalid configuration: {Problems}", string.Join(" ", ex.Failures));
    await app.DisposeAsync(); // flushes the log
    return 1;
}

app.UseArchive();
app.Run();
return 0;

/// <summary>Visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
