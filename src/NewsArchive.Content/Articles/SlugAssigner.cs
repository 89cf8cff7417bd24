using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Content.Articles;

/// <summary>
/// Makes every slug unique. Of articles that want the same slug, one named by its file's <c>slug:</c> keeps it,
/// else the one whose path sorts first; the others get a suffix made from their own path, so their URLs never
/// change when unrelated files come and go.
/// </summary>
public static class SlugAssigner
{
    public sealed record Collision(Article Article, string WantedSlug, string AssignedSlug);

    public static IReadOnlyList<Article> AssignUnique(IEnumerable<Article> articles, out IReadOnlyList<Collision> collisions)
    {
        var ordered = articles
            .OrderByDescending(a => a.HasExplicitSlug)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var taken = new HashSet<string>(ordered.Count, StringComparer.Ordinal);
        var result = new List<Article>(ordered.Count);
        var clashes = new List<Collision>();

        // Bare slugs first, so a suffixed slug can never steal one that an article wants as it is.
        var wanted = ordered.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var article in ordered)
        {
            if (taken.Add(article.Slug))
            {
                result.Add(article);
                continue;
            }
            var assigned = Suffixed(article, taken, wanted);
            clashes.Add(new Collision(article, article.Slug, assigned));
            result.Add(article with { Slug = assigned });
        }

        collisions = clashes;
        return result;
    }

    private static string Suffixed(Article article, HashSet<string> taken, HashSet<string> wanted)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Id)));
        for (var length = 6; ; length++)
        {
            var suffix = length <= hash.Length ? hash[..length] : hash + length;
            var stem = article.Slug.Length + 1 + suffix.Length > Slug.MaxLength + 12
                ? article.Slug[..Math.Max(1, Slug.MaxLength - suffix.Length)].TrimEnd('-')
                : article.Slug;
            var candidate = $"{stem}-{suffix}";
            if (!wanted.Contains(candidate) && taken.Add(candidate)) return candidate;
        }
    }
}
