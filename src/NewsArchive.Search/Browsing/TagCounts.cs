using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Content.Articles;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Browsing;

/// <summary>
/// Every tag with its count, read from the index's terms: the tag slugs give the counts (each article once, however
/// it spelled the tag), the tags as written give each slug its name. Deleted articles not yet merged away are
/// skipped, so a count is always the length of the tag's list.
/// </summary>
internal static class TagCounts
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public static IReadOnlyList<TagCount> Count(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var names = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        foreach (var (tag, count) in Terms(reader, IndexFields.Tags, live))
        {
            // "Bầu cử" and "bầu cử" share a page: it is named the way most of its articles write it.
            var slug = Slug.FromTitle(tag);
            if (!names.TryGetValue(slug, out var best) || count > best.Count || (count == best.Count && string.CompareOrdinal(tag, best.Name) < 0))
                names[slug] = (tag, count);
        }
        return Terms(reader, IndexFields.TagSlug, live)
            .Select(t => new TagCount(t.Term, names.TryGetValue(t.Term, out var name) ? name.Name : t.Term, t.Count))
            .OrderBy(t => t.Name, Vietnamese)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<(string Term, int Count)> Terms(IndexReader reader, string field, IBits? live)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var each = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (each.MoveNext())
        {
            docs = each.Docs(live, docs, DocsFlags.NONE);
            var count = 0;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) count++;
            if (count > 0) yield return (each.Term.Utf8ToString(), count);
        }
    }
}
