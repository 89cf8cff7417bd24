using Microsoft.AspNetCore.Mvc;
using NewsArchive.Content.Rendering;
using NewsArchive.Web.Models;
using NewsArchive.Search;
using NewsArchive.Web.Http;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/api/articles/{slug}</c>: an article as JSON; errors as problem JSON.</summary>
[ApiController]
[WaitForIndex(LoadingAnswer.Problem)]
[Route("api/articles")]
public sealed class ArticlesApiController(IArchiveSearch archive, ArticleRenderer renderer) : ControllerBase
{
    [HttpGet("{slug}")]
    public ActionResult<ArticleJson> Get(string slug)
    {
        var article = archive.FindBySlug(slug);
        if (article is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: Messages.ArticleNotFound, detail: $"Không có bài viết nào có slug '{slug}'.");
        return ArticleJson.From(article, renderer.ToHtml(article.Body));
    }
}
