using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Suggestions;

/// <summary>A completion for the search box: a search to run (<see cref="Slug"/> null) or an article to open.</summary>
public sealed record Completion(string Text, string? Slug);

/// <summary>
/// Completions while typing, matched with or without diacritics: the archive's most frequent phrase that starts
/// with what was typed (written with its accents), then article titles that contain the words.
/// </summary>
public static class Completions
{
    /// <summary>Characters of input looked at: the box is for a few words.</summary>
    public const int MaxInput = 100;
    public const int MaxItems = 8;
    private const int MaxWords = 8;

    // Terms read while looking for the commonest completion of a short prefix: bounds the cost of "a" or "th".
    private const int MaxTermsScanned = 5_000;

    public static IReadOnlyList<Completion> For(IndexSearcher searcher, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return [];
        var input = typed.Length > MaxInput ? typed[..MaxInput] : typed;
        var words = QueryText.Parse(input.Replace('"', ' ').Replace('-', ' ')).PositiveWords.Take(MaxWords).ToList();
        if (words.Count == 0 || (words.Count == 1 && words[0].Canonical.Length < 2)) return [];
        var lastIsWhole = char.IsWhiteSpace(input[^1]) || words.Count == MaxWords;

        var items = new List<Completion>();
        if (Phrase(searcher, words, lastIsWhole) is { } phrase) items.Add(new Completion(phrase, null));
        items.AddRange(Titles(searcher, words, lastIsWhole, MaxItems - items.Count));
        return items;
    }

    /// <summary>The typed words with the last one completed the commonest way, read with the archive's accents.</summary>
    private static string? Phrase(IndexSearcher searcher, List<QueryWord> words, bool lastIsWhole)
    {
        var folded = words.Select(w => w.Form(Tier.Folded)).ToList();
        if (!lastIsWhole)
        {
            var completed = words.Count > 1
                ? Commonest(searcher.IndexReader, IndexFields.Pairs(IndexFields.BodyPart, Tier.Folded), folded[^2] + " " + folded[^1])?.Split(' ')[1]
                : Commonest(searcher.IndexReader, IndexFields.Words(IndexFields.BodyPart, Tier.Folded), folded[^1]);
            if (completed is null) return null;
            folded[^1] = completed;
        }

        // Accents as typed where they were typed; elsewhere, and in capitals, as the archive writes the words.
        var slots = words.Select((w, i) => new AccentRestorer.Slot(folded[i], w.Canonical, Partial: i == words.Count - 1 && !lastIsWhole)).ToList();
        var written = AccentRestorer.Written(searcher, slots);
        var found = searcher.Search(Querying.QueryBuilder.Build(QueryText.Parse(written), new SearchRequest()), 1).TotalHits > 0;
        return found ? written : null;
    }

    private static string? Commonest(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return null;
        var each = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (each.SeekCeil(start) == TermsEnum.SeekStatus.END) return null;

        string? best = null;
        var bestCount = 0;
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(each.Term, start) || ++scanned > MaxTermsScanned) break;
            if (each.DocFreq > bestCount) (best, bestCount) = (each.Term.Utf8ToString(), each.DocFreq);
        }
        while (each.MoveNext());
        return best;
    }

    private static List<Completion> Titles(IndexSearcher searcher, List<QueryWord> words, bool lastIsWhole, int count)
    {
        var field = IndexFields.Words(IndexFields.TitlePart, Tier.Folded);
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < words.Count; i++)
        {
            var folded = words[i].Form(Tier.Folded);
            Query match = i < words.Count - 1 || lastIsWhole ? new TermQuery(new Term(field, folded)) : new PrefixQuery(new Term(field, folded));
            query.Add(match, Occur.MUST);
            // Typed accents rank titles spelled that way first.
            if (words[i].Typed != Typed.Plain)
                query.Add(Querying.QueryBuilder.AsTyped(IndexFields.TitlePart, words[i]), Occur.SHOULD);
        }

        var top = searcher.Search(query, count);
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc))
            .Select(doc => new Completion(doc.Get(IndexFields.Title), doc.Get(IndexFields.Slug))).ToList();
    }
}
