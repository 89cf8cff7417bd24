using Microsoft.AspNetCore.Mvc;
using NewsArchive.Content.Rendering;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/api/articles/{slug}</c>: an article as JSON; errors as problem JSON.</summary>
[ApiController]
[Route("api/articles")]
public sealed class ArticlesApiController(ArchiveState state, ArticleRenderer renderer) : ControllerBase
{
    [HttpGet("{slug}")]
    public ActionResult<ArticleJson> Get(string slug)
    {
        if (!state.IsReady)
        {
            Response.Headers.RetryAfter = "5";
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Kho lưu trữ đang được nạp, vui lòng thử lại sau giây lát.");
        }

        var article = state.IsReady ? state.Search.FindBySlug(slug) : null;
        if (article is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy bài viết", detail: $"Không có bài viết nào có slug '{slug}'.");
        return ArticleJson.From(article, renderer.ToHtml(article.Body));
    }
}
