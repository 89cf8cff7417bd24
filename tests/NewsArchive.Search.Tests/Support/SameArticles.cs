namespace NewsArchive.Search.Tests.Support;

public static class SameArticles
{
    /// <summary>The same titles, in whatever order.</summary>
    public static void Equal(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
}
