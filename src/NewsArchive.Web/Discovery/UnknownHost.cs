using Microsoft.AspNetCore.Mvc;

namespace NewsArchive.Web.Discovery;

/// <summary>
/// The answer of a document made of absolute links (feed, sitemap, OpenSearch) to a request for a host the site
/// cannot vouch for: 421 Misdirected Request, saying how an operator gives the site its public address.
/// </summary>
internal static class UnknownHost
{
    public static IActionResult Refuse() => new ContentResult
    {
        StatusCode = StatusCodes.Status421MisdirectedRequest,
        ContentType = "text/plain; charset=utf-8",
        Content = "Trang này chưa biết địa chỉ công khai của mình cho tên miền được yêu cầu.\n"
                  + "This site does not know its public address for the requested host: set Archive:BaseUrl (or list the host in AllowedHosts).\n",
    };
}
