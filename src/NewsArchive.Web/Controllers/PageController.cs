using Microsoft.AspNetCore.Mvc;
using NewsArchive.Web.Archive;
using NewsArchive.Web.Models;

namespace NewsArchive.Web.Controllers;

/// <summary>Base of the HTML pages: they wait for the archive to load, and explain errors in Vietnamese.</summary>
[ServiceFilter<RequireLoadedArchiveFilter>]
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
