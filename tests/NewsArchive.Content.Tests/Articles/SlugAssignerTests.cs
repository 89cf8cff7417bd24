using NewsArchive.Content.Articles;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Articles;

/// <summary>Every article gets a URL of its own, and URLs do not move when unrelated files come and go.</summary>
public sealed class SlugAssignerTests
{
    /// <summary>Slugs for articles that arrive together all wanting <paramref name="wanted"/>, none of it published yet.</summary>
    private static Dictionary<string, string> Settle(string wanted, params Article[] articles) =>
        SlugAssigner.Settle(wanted, articles, isTaken: _ => false, priorSlug: _ => null, out _).ToDictionary(a => a.Id, a => a.Slug);

    [Fact]
    public void A_slug_nobody_else_has_is_left_alone()
    {
        var settled = SlugAssigner.Settle("mua-lu", [ArticleFactory.Make("a.md", "mua-lu")], isTaken: _ => false, priorSlug: _ => null, out var collisions);

        Assert.Equal("mua-lu", Assert.Single(settled).Slug);
        Assert.Empty(collisions);
    }

    [Fact]
    public void Colliding_slugs_become_unique_and_the_first_path_keeps_the_bare_slug()
    {
        var result = SlugAssigner.Settle(
            "tin-moi",
            [ArticleFactory.Make("c.md", "tin-moi"), ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi")],
            isTaken: _ => false,
            priorSlug: _ => null,
            out var collisions);

        Assert.Equal(3, result.Select(a => a.Slug).Distinct().Count());
        Assert.Equal("tin-moi", result.Single(a => a.Id == "a.md").Slug);
        Assert.All(result.Where(a => a.Id != "a.md"), a => Assert.Matches("^tin-moi-[0-9a-f]{6,}$", a.Slug));
        Assert.Equal(2, collisions.Count);
        Assert.All(collisions, c => Assert.Equal("tin-moi", c.WantedSlug));
    }

    [Fact]
    public void An_explicit_slug_wins_over_a_generated_one()
    {
        var slugs = Settle("tin-moi", ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("z.md", "tin-moi", explicitSlug: true));

        Assert.Equal("tin-moi", slugs["z.md"]);
        Assert.NotEqual("tin-moi", slugs["a.md"]);
    }

    [Fact]
    public void A_suffixed_slug_does_not_change_when_other_files_are_added()
    {
        var before = Settle("tin-moi", ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi"));
        var after = SlugAssigner.Settle(
            "tin-moi",
            [ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi"), ArticleFactory.Make("c.md", "tin-moi")],
            isTaken: slug => slug is "bai-khac" or "tin-moi-nua", // what other files have or want
            priorSlug: _ => null,
            out _).ToDictionary(a => a.Id, a => a.Slug);

        Assert.Equal(before["b.md"], after["b.md"]);
        Assert.Equal("tin-moi", after["a.md"]);
    }

    [Fact]
    public void A_suffixed_slug_does_not_depend_on_the_order_articles_arrive_in()
    {
        var forward = Settle("tin-moi", ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi"));
        var backward = Settle("tin-moi", ArticleFactory.Make("b.md", "tin-moi"), ArticleFactory.Make("a.md", "tin-moi"));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Suffixed_slugs_of_long_titles_stay_short_enough()
    {
        var longSlug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("hoi nghi tong ket", 10)));

        var slugs = Settle(longSlug, ArticleFactory.Make("a.md", longSlug), ArticleFactory.Make("b.md", longSlug));

        Assert.InRange(slugs["b.md"].Length, 1, Slug.MaxLength + 12);
        Assert.NotEqual(slugs["a.md"], slugs["b.md"]);
    }

    [Fact]
    public void A_newcomer_never_takes_a_published_slug_even_when_it_asks_for_it_by_name()
    {
        var settled = SlugAssigner.Settle(
            "tin-moi",
            [ArticleFactory.Make("a.md", "tin-moi", explicitSlug: true)],
            isTaken: slug => slug == "tin-moi",
            priorSlug: _ => null,
            out var collisions);

        Assert.Matches("^tin-moi-[0-9a-f]{6,}$", settled.Single().Slug);
        Assert.True(Assert.Single(collisions).Article.HasExplicitSlug);
    }

    [Fact]
    public void A_newcomer_gets_back_its_slug_from_an_earlier_build_when_it_is_free()
    {
        var settled = SlugAssigner.Settle(
            "tin-moi",
            [ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi")],
            isTaken: _ => false,
            priorSlug: a => a.Id == "b.md" ? "tin-moi" : a.Id == "a.md" ? "tin-moi-0a1b2c" : null,
            out _);

        Assert.Equal("tin-moi", settled.Single(a => a.Id == "b.md").Slug);
        Assert.Equal("tin-moi-0a1b2c", settled.Single(a => a.Id == "a.md").Slug);
    }
}
