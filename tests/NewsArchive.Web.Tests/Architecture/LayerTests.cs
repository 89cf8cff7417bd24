using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace NewsArchive.Web.Tests.Architecture;

/// <summary>
/// The folders follow the data, from a content file to a page, and each imports only the layers below it
/// (docs/architecture.md). The check reads the compiled assemblies, method bodies included.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Lowest first: a namespace may use those above it in this list, never those below.</summary>
    public static readonly string[] Layers =
    [
        "NewsArchive.Content.Vietnamese",
        "NewsArchive.Content",
        "NewsArchive.Content.Articles",
        "NewsArchive.Content.Files",
        "NewsArchive.Content.Rendering",
        "NewsArchive.Content.Paging",
        "NewsArchive.Search.Analysis",
        "NewsArchive.Search.Indexing",
        "NewsArchive.Search.Ingestion",
        "NewsArchive.Search.Querying",
        "NewsArchive.Search.Browsing",
        "NewsArchive.Search.Suggestions",
        "NewsArchive.Search",
        "NewsArchive.Web.Options",
        "NewsArchive.Web.IndexKeeping",
        "NewsArchive.Web.Discovery",
        "NewsArchive.Web.Models",
        "NewsArchive.Web.Http",
        "NewsArchive.Web.Controllers",
        "NewsArchive.Web.Configuration",
        "NewsArchive.Web",
    ];

    private static readonly Types Everything = Types.InAssemblies(
    [
        typeof(NewsArchive.Content.Articles.Article).Assembly,
        typeof(NewsArchive.Search.Indexing.ArchiveIndex).Assembly,
        typeof(Program).Assembly,
    ]);

    public static TheoryData<string> EachLayer() => new(Layers);

    [Theory]
    [MemberData(nameof(EachLayer))]
    public void A_layer_uses_only_the_layers_below_it(string layer)
    {
        var above = Layers.SkipWhile(l => l != layer).Skip(1).ToArray();
        var offenders = new List<string>();
        foreach (var upper in above)
        {
            var result = Everything.That().ResideInNamespaceMatching(Exactly(layer))
                .ShouldNot().HaveDependencyOnAny(TypesIn(upper))
                .GetResult();
            if (!result.IsSuccessful)
                offenders.AddRange(result.FailingTypes.Select(t => $"{t.FullName} uses {upper}"));
        }
        Assert.True(offenders.Count == 0, $"{layer} imports upward:\n{string.Join("\n", offenders.Distinct())}");
    }

    [Fact]
    public void Every_namespace_of_the_site_is_in_a_layer()
    {
        var unplaced = Everything.GetTypes()
            .Select(t => t.ReflectionType.Namespace ?? "")
            .Where(n => n.StartsWith("NewsArchive.", StringComparison.Ordinal) && LayerOf(n) is null)
            .Distinct();
        Assert.Empty(unplaced);
    }

    /// <summary>The deepest layer a namespace is in: its own name, or the nearest enclosing layer.</summary>
    private static string? LayerOf(string ns) => Layers
        .Where(l => ns == l || ns.StartsWith(l + ".", StringComparison.Ordinal))
        .MaxBy(l => l.Length);

    /// <summary>A layer's namespace and those inside it, except inner namespaces that are layers of their own.</summary>
    private static string Exactly(string layer)
    {
        var inner = Layers.Where(l => l.StartsWith(layer + ".", StringComparison.Ordinal)).Select(l => Regex.Escape(l[(layer.Length + 1)..]));
        var notInner = inner.Any() ? $@"(?!\.({string.Join("|", inner)})(\.|$))" : "";
        return "^" + Regex.Escape(layer) + notInner + @"(\.[A-Za-z]+)*$";
    }

    /// <summary>The full names of a layer's own types.</summary>
    private static string[] TypesIn(string layer) =>
        Everything.GetTypes().Where(t => LayerOf(t.ReflectionType.Namespace ?? "") == layer).Select(t => t.FullName).ToArray();
}
