namespace NewsArchive.Browser.Tests.Support;

/// <summary>One page of every kind the site serves, over <see cref="FixtureArticles"/>: what the checks go through.</summary>
public static class PageTypes
{
    public const string Home = "/";
    public const string Article = "/articles/" + FixtureArticles.FullArticleSlug;
    public const string SearchResults = "/search?q=ban+chi+dao";
    public const string ArchiveMonth = "/archive/2023/09";

    /// <summary>Name (for test names and saved files) and address.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = Home,
        ["home-page-2"] = "/?page=2",
        ["article"] = Article,
        ["article-plain"] = "/articles/" + FixtureArticles.PlainArticleSlug,
        ["search-form"] = "/search",
        ["search-results"] = SearchResults,
        ["search-filtered"] = "/search?q=ban+chi+dao&from=2022-03-01&to=2022-06-30&source=bao-can-tho&sort=oldest",
        ["search-nothing-found"] = "/search?q=t%C3%A0u+v%C5%A9+tr%E1%BB%A5",
        ["archive"] = "/archive",
        ["archive-year"] = "/archive/2023",
        ["archive-month"] = ArchiveMonth,
        ["archive-day"] = "/archive/2023/09/20",
        ["sources"] = "/sources",
        ["source"] = "/sources/bao-can-tho",
        ["tag"] = "/tags/an-giang",
        ["not-found"] = "/khong-co-trang-nay",
        ["bad-request"] = "/search?q=ban&page=0",
    };

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>Every page kind in the light and the dark colour scheme.</summary>
    public static TheoryData<string, string> NamesInBothSchemes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in All.Keys)
            {
                data.Add(name, "light");
                data.Add(name, "dark");
            }
            return data;
        }
    }
}
