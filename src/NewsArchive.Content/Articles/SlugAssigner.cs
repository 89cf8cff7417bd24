using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Content.Articles;

/// <summary>
/// Makes every slug unique. A published slug is never taken away: first come keeps it. Among articles arriving
/// together, one named by its file's <c>slug:</c> comes first, then the one whose path sorts first; the others get a
/// suffix made from their own path, so their URLs never depend on which other files come and go.
/// </summary>
public static class SlugAssigner
{
    public sealed record Collision(Article Article, string WantedSlug, string AssignedSlug);

    /// <summary>
    /// Gives slugs to <paramref name="newcomers"/> that all want <paramref name="wanted"/>, around articles already
    /// published: <paramref name="isTaken"/> says whether a slug belongs to someone else, or is wanted bare by
    /// someone else. A newcomer's <paramref name="priorSlug"/> (its slug in an earlier build of the index) is given
    /// back when still free, so a rebuild from scratch keeps every URL.
    /// </summary>
    public static IReadOnlyList<Article> Settle(
        string wanted,
        IEnumerable<Article> newcomers,
        Func<string, bool> isTaken,
        Func<Article, string?> priorSlug,
        out IReadOnlyList<Collision> collisions)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        bool Free(string slug) => !claimed.Contains(slug) && !isTaken(slug);

        var ordered = newcomers
            .Select(a => (Article: a, Prior: priorSlug(a)))
            .OrderByDescending(n => n.Prior is not null)
            .ThenByDescending(n => n.Article.HasExplicitSlug)
            .ThenBy(n => n.Article.Id, StringComparer.Ordinal)
            .ToList();
        var result = new List<Article>(ordered.Count);
        var clashes = new List<Collision>();
        foreach (var (article, prior) in ordered)
        {
            var slug = prior is not null && Free(prior) ? prior
                : Free(wanted) ? wanted
                : Suffixed(article, candidate => Free(candidate));
            claimed.Add(slug);
            if (slug != wanted) clashes.Add(new Collision(article, wanted, slug));
            result.Add(article with { Slug = slug });
        }
        collisions = clashes;
        return result;
    }

    private static string Suffixed(Article article, Func<string, bool> tryClaim)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Id)));
        for (var length = 6; ; length++)
        {
            var suffix = length <= hash.Length ? hash[..length] : hash + length;
            var stem = article.Slug.Length + 1 + suffix.Length > Slug.MaxLength + 12
                ? article.Slug[..Math.Max(1, Slug.MaxLength - suffix.Length)].TrimEnd('-')
                : article.Slug;
            var candidate = $"{stem}-{suffix}";
            if (tryClaim(candidate)) return candidate;
        }
    }
}
