using Lucene.Net.Index;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Analysis.Typing;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Suggestions;

/// <summary>
/// Reads a query typed with the Vietnamese input method off (Telex <c>vieetj</c>, VNI <c>vie65t</c>) as the words
/// meant. A token is read as its syllable only when more articles use that syllable, spelled exactly, than use
/// the token as typed: <c>vieetj</c> is in no article, <c>việt</c> in many; English words and names that the
/// archive does use stay as typed.
/// </summary>
public static class TypingReader
{
    /// <summary>The query as meant, or null when no token reads better decoded.</summary>
    public static string? Read(IndexReader reader, string? query) =>
        TypedQuery.TryDecode(query, (typed, syllable) => MoreArticles(reader, typed, syllable), out var decoded) ? decoded : null;

    private static bool MoreArticles(IndexReader reader, string typed, string syllable)
    {
        var asTyped = Articles(reader, Tier.Folded, VietnameseText.Fold(VietnameseText.Canonical(typed.ToLowerInvariant())));
        var asMeant = Articles(reader, Tier.Exact, VietnameseText.Canonical(syllable.ToLowerInvariant()));
        return asMeant > asTyped;
    }

    private static int Articles(IndexReader reader, Tier tier, string form) =>
        reader.DocFreq(new Term(IndexFields.Words(IndexFields.BodyPart, tier), form))
        + reader.DocFreq(new Term(IndexFields.Words(IndexFields.TitlePart, tier), form));
}
