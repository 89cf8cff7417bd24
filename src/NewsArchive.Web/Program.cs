using NewsArchive.Web.Configuration;

if (args.Length > 0 && args[0] == BuildIndexCommand.Name)
    return BuildIndexCommand.Run(args[1..]);

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
catch (Exception ex) when (StartupFailure.Explain(ex) is { } reason)
{
    // One line an operator can act on; the host's own report with its stack trace is filtered out (LoggingConfig).
    app.Logger.LogCritical("{Reason}", reason);
    return 1;
}

/// <summary>Visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
