using System.Net.Sockets;
using System.Text;

namespace NewsArchive.Web.Tests.Hostile;

/// <summary>
/// A request sent byte for byte as written, because HttpClient tidies targets (<c>/../</c>, backslashes) before
/// they leave; what a hostile client sends is what the server must cope with.
/// </summary>
public sealed record RawResponse(int StatusCode, string Text);

public static class RawRequest
{
    public static async Task<RawResponse> GetAsync(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));

        using var response = new MemoryStream();
        await stream.CopyToAsync(response);
        var text = Encoding.UTF8.GetString(response.ToArray());
        // "HTTP/1.1 404 Not Found"
        var status = int.Parse(text.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        return new RawResponse(status, text);
    }
}
