using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Web.Configuration;

/// <summary>
/// The ways a start fails that are the operator's to fix (settings, a port, a folder), each as one line saying what
/// and how: the host would print them as stack traces and abort.
/// </summary>
internal static class StartupFailure
{
    public static string? Explain(Exception ex) => ex switch
    {
        OptionsValidationException invalid => "Invalid configuration: " + string.Join(" ", invalid.Failures),
        IndexFolderException folder => "Archive:IndexPath: " + folder.Message,
        IOException { InnerException: AddressInUseException } bind => AddressInUse(bind.Message),
        AggregateException many when many.InnerExceptions.Count == 1 => Explain(many.InnerExceptions[0]),
        _ => null,
    };

    /// <summary>Whether the host's own log event carries one of these (it is left out: Program says it in one line).</summary>
    public static bool IsExplained(Exception? ex) => ex is not null && Explain(ex) is not null;

    // Kestrel: "Failed to bind to address http://127.0.0.1:5000: address already in use."
    private static string AddressInUse(string message)
    {
        const string prefix = "Failed to bind to address ";
        var address = message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
        var end = address.IndexOf(": address already in use", StringComparison.Ordinal);
        if (end > 0) address = address[..end];
        return $"address {address} is already in use; pass --urls with a free address (for example --urls http://127.0.0.1:5080)";
    }
}
