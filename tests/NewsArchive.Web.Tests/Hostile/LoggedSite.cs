using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Web.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>The site with every log event it writes kept, for tests of what an operator is told.</summary>
public sealed class LoggedSite(string contentPath) : ArchiveSite(contentPath)
{
    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The site's Serilog takes sinks from the services (ReadFrom.Services).
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}

public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => _events.ToList();

    public IReadOnlyList<LogEvent> Warnings => _events.Where(e => e.Level == LogEventLevel.Warning).ToList();

    /// <summary>The first information line starting with <paramref name="start"/>, as written; waits for it a while.</summary>
    public async Task<string> LineAsync(string start)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var line = Events.Where(e => e.Level == LogEventLevel.Information).Select(Text)
                .FirstOrDefault(m => m.StartsWith(start, StringComparison.Ordinal));
            if (line is not null) return line;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no log line starting '{start}'");
            await Task.Delay(50);
        }
    }

    /// <summary>A message as the console shows it: strings without quotes.</summary>
    public static string Text(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        Literal.Format(logEvent, writer);
        return writer.ToString();
    }

    private static readonly Serilog.Formatting.Display.MessageTemplateTextFormatter Literal = new("{Message:l}");

    /// <summary>The value of a property as written in the message (strings without quotes).</summary>
    public static string? Property(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value?.ToString() : null;
}
