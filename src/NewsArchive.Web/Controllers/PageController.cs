using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Web.Models;
using NewsArchive.Web.Http;

namespace NewsArchive.Web.Controllers;

/// <summary>Base of the HTML pages: they wait for the archive to load, explain errors in Vietnamese, and are cached.</summary>
[WaitForIndex(LoadingAnswer.Page)]
[OutputCache(PolicyName = PageCaching.Policy)]
public abstract class PageController : Controller
{
    /// <summary>A value the address carries that a binder refused (a page number that is not one) is a 400 saying why.</summary>
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var refused = ModelState.Values.SelectMany(v => v.Errors).FirstOrDefault();
        if (refused is not null) context.Result = BadRequestPage(refused.ErrorMessage);
    }

    protected IActionResult BadRequestPage(string message) =>
        ErrorView(new ErrorPage(StatusCodes.Status400BadRequest, Messages.BadRequest, message));

    protected IActionResult NotFoundPage(string heading, string message) =>
        ErrorView(new ErrorPage(StatusCodes.Status404NotFound, heading, message));

    private ViewResult ErrorView(ErrorPage page)
    {
        var view = View("Error", page);
        view.StatusCode = page.StatusCode;
        return view;
    }
}
