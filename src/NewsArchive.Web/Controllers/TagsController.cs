using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Content.Paging;
using NewsArchive.Search.Querying;
using NewsArchive.Web.Models;
using NewsArchive.Search;

namespace NewsArchive.Web.Controllers;

/// <summary><c>/tags</c>: every tag with its count; <c>/tags/{slug}</c>: the articles that carry one, newest first.</summary>
public sealed class TagsController(IArchiveSearch archive) : PageController
{
    [HttpGet("/tags")]
    public IActionResult Index([ModelBinder<ListPageBinder>] SearchRequest request)
    {
        var tags = PageOf.Of(archive.Tags(), request.Page, TagsPage.PageSize);
        if (!tags.Exists) return NotFoundPage(Messages.NoSuchPage, $"Danh sách chủ đề chỉ có {Formatting.Number(tags.TotalPages)} trang.");
        return View(new TagsPage(tags));
    }

    [HttpGet("/tags/{slug}")]
    public IActionResult Show(string slug, [ModelBinder<ListPageBinder>] SearchRequest request)
    {
        var tag = archive.Tags().FirstOrDefault(t => t.Slug == slug);
        if (tag is null) return NotFoundPage("Không có chủ đề này", "Không bài viết nào trong kho mang chủ đề này; xem mọi chủ đề ở trang Chủ đề.");
        var articles = archive.Search(request with { Tag = slug, Sort = SearchSort.Newest }).Hits;
        if (!articles.Exists)
            return NotFoundPage(Messages.NoSuchPage, $"Chủ đề này chỉ có {Formatting.Number(articles.TotalPages)} trang bài viết.");
        return View(new TagPage(tag.Name, articles));
    }
}
