using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Controllers;

/// <summary>The pages shown for status codes without a page of their own (unknown URLs, failures).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show(int code)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                           ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        // Only the pipeline shows these pages; /error/… typed in (or /error/2024) is just an unknown address.
        if (originalPath is null || code is < 400 or > 599) code = StatusCodes.Status404NotFound;
        originalPath ??= Request.Path.Value ?? "";
        var damaged = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is Search.Indexing.IndexDamagedException;
        if (damaged)
        {
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "10";
        }
        var page = code switch
        {
            503 when damaged => new ErrorPage(503, "Đang sửa chỉ mục tìm kiếm", "Chỉ mục tìm kiếm đang được dựng lại từ các bài viết. Vui lòng thử lại sau ít phút."),
            404 => new ErrorPage(404, "Không tìm thấy trang", "Địa chỉ này không có trong kho lưu trữ. Có thể liên kết đã cũ hoặc bị gõ sai."),
            400 => new ErrorPage(400, Messages.BadRequest, "Yêu cầu có tham số không hợp lệ."),
            >= 500 => new ErrorPage(code, "Đã có lỗi xảy ra", "Máy chủ gặp sự cố khi xử lý yêu cầu này. Vui lòng thử lại sau."),
            _ => new ErrorPage(code, "Không thể xử lý yêu cầu", "Yêu cầu này không thể được xử lý."),
        };

        if (originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            return Problem(statusCode: page.StatusCode, title: page.Heading, detail: page.Message);

        var view = View("Error", page);
        view.StatusCode = page.StatusCode;
        return view;
    }
}
