using NewsArchive.Browser.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Browser.Tests.Quality;

/// <summary>The HTML of every kind of page, as the site sends it, and the stylesheet pass the Nu HTML Checker without an error.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(ArchiveInBrowser archive, ITestOutputHelper output)
{
    [NuHtmlCheckerFact]
    public async Task Should_find_no_errors_in_any_page_or_the_stylesheet()
    {
        using var client = new HttpClient { BaseAddress = archive.BaseAddress };
        var files = new List<string>();
        foreach (var (name, path) in PageTypes.All)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var file = Artifacts.PathFor("html", name + ".html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }
        var css = Artifacts.PathFor("html", "site.css");
        await File.WriteAllTextAsync(css, await client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative)));
        files.Add(css);

        var messages = await NuHtmlChecker.CheckAsync(files);

        output.WriteLine($"Nu HTML Checker {NuHtmlChecker.Version} read {files.Count} files saved in {Path.GetDirectoryName(css)}");
        foreach (var message in messages) output.WriteLine(message.ToString());
        var errors = messages.Where(m => m.IsError).ToList();
        Assert.True(errors.Count == 0, $"the Nu HTML Checker found {errors.Count} error(s):\n{string.Join("\n", errors)}");
    }
}
