using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsArchive.Browser.Tests.Support;

/// <summary>Runs axe-core in the page and fails with each violation's rule, impact and elements, so it can be fixed.</summary>
public static class Axe
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} violation(s) on {page.Url}:\n{Describe(result.Violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(violation =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help}\n" +
        string.Join("\n", violation.Nodes.Select(node => $"    {node.Target}  {node.Html}  {Checks(node)}"))));

    /// <summary>What axe measured, such as a contrast ratio and the two colours.</summary>
    private static string Checks(AxeResultNode node) =>
        string.Join(" ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message));
}
