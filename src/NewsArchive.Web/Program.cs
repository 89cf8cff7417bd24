using Microsoft.Extensions.Options;
using NewsArchive.Web.Configuration;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Locate() });
builder.AddArchiveLogging();
builder.AddArchive();

var app = builder.Build();
app.UseArchive();
try
{
    app.Run();
    return 0;
}
catch (OptionsValidationException ex)
{
    // Bad configuration stops start-up with one line naming the key (the host's own report is filtered out).
    app.Logger.LogCritical("Invalid configuration: {Problems}", string.Join(" ", ex.Failures));
    return 1;
}

/// <summary>Visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
