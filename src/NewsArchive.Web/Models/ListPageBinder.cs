using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Models;

/// <summary>
/// A list page's request from its address: <c>?page=N</c> and the configured page size. A page number that is not a
/// whole number from 1 up is a model error, which the page answers with a 400 saying why.
/// </summary>
public sealed class ListPageBinder(IOptions<ArchiveOptions> options) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var parameters = new SearchParameters { Page = bindingContext.ValueProvider.GetValue("page").FirstValue };
        if (parameters.TryCreate(options.Value.PageSize, out var request, out var error))
        {
            bindingContext.Result = ModelBindingResult.Success(request);
        }
        else
        {
            bindingContext.ModelState.AddModelError("page", error);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }
}
