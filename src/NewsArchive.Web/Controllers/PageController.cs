using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Models;
using NewsArchive.Web.Http;

namespace NewsArchive.Web.Controllers;

/// <summary>Base of the HTML pages: they wait for the archive to load, explain errors in Vietnamese, and are cached.</summary>
[ServiceFilter<RequireLoadedArchiveFilter>]
[OutputCache(PolicyName = PageCaching.Policy)]
public abstract class PageController : Controller
{
    protected IActionResult BadRequestPage(string message) =>
        ErrorView(new ErrorPage(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", message));

    protected IActionResult NotFoundPage(string heading, string message) =>
        ErrorView(new ErrorPage(StatusCodes.Status404NotFound, heading, message));

    private ViewResult ErrorView(ErrorPage page)
    {
        var view = View("Error", page);
        view.StatusCode = page.StatusCode;
        return view;
    }
}
