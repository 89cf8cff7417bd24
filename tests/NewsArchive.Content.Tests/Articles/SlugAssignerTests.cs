using NewsArchive.Content.Articles;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Articles;

/// <summary>Every article gets a URL of its own, and URLs do not move when unrelated files come and go.</summary>
public sealed class SlugAssignerTests
{
    private static Dictionary<string, string> Assign(params Article[] articles) =>
        SlugAssigner.AssignUnique(articles, out _).ToDictionary(a => a.Id, a => a.Slug);

    [Fact]
    public void Distinct_slugs_are_left_alone()
    {
        var slugs = Assign(ArticleFactory.Make("a.md", "mua-lu"), ArticleFactory.Make("b.md", "han-man"));

        Assert.Equal("mua-lu", slugs["a.md"]);
        Assert.Equal("han-man", slugs["b.md"]);
    }

    [Fact]
    public void Colliding_slugs_become_unique_and_the_first_path_keeps_the_bare_slug()
    {
        var result = SlugAssigner.AssignUnique(
            [ArticleFactory.Make("c.md", "tin-moi"), ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi")],
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
        var slugs = Assign(ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("z.md", "tin-moi", explicitSlug: true));

        Assert.Equal("tin-moi", slugs["z.md"]);
        Assert.NotEqual("tin-moi", slugs["a.md"]);
    }

    [Fact]
    public void A_suffixed_slug_does_not_change_when_other_files_are_added()
    {
        var before = Assign(ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi"));
        var after = Assign(
            ArticleFactory.Make("0-khac.md", "bai-khac"),
            ArticleFactory.Make("a.md", "tin-moi"),
            ArticleFactory.Make("b.md", "tin-moi"),
            ArticleFactory.Make("c.md", "tin-moi"),
            ArticleFactory.Make("m.md", "tin-moi-nua"));

        Assert.Equal(before["b.md"], after["b.md"]);
        Assert.Equal("tin-moi", after["a.md"]);
    }

    [Fact]
    public void A_suffixed_slug_does_not_depend_on_the_order_articles_arrive_in()
    {
        var forward = Assign(ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi"));
        var backward = Assign(ArticleFactory.Make("b.md", "tin-moi"), ArticleFactory.Make("a.md", "tin-moi"));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_suffixed_slug_never_takes_the_slug_another_article_wants()
    {
        var suffixed = Assign(ArticleFactory.Make("a.md", "tin-moi"), ArticleFactory.Make("b.md", "tin-moi"))["b.md"];

        var slugs = Assign(
            ArticleFactory.Make("a.md", "tin-moi"),
            ArticleFactory.Make("b.md", "tin-moi"),
            ArticleFactory.Make("z.md", suffixed));

        Assert.Equal(suffixed, slugs["z.md"]);
        Assert.Equal(3, slugs.Values.Distinct().Count());
    }

    [Fact]
    public void Suffixed_slugs_of_long_titles_stay_short_enough()
    {
        var longSlug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("hoi nghi tong ket", 10)));

        var slugs = Assign(ArticleFactory.Make("a.md", longSlug), ArticleFactory.Make("b.md", longSlug));

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
