using Lucene.Net.Index;
using NewsArchive.Search.Analysis;
using NewsArchive.Search.Indexing;
using NewsArchive.Search.Querying;

namespace NewsArchive.Search.Suggestions;

/// <summary>When nothing is found, the query without the word fewest articles use: usually the one that failed.</summary>
public static class Relaxation
{
    /// <summary>The query's words less the rarest one, or null when there is only one word to begin with.</summary>
    public static string? WithoutRarestWord(IndexReader reader, QueryText text)
    {
        var words = text.Runs.SelectMany(r => r).Concat(text.Phrases.SelectMany(p => p)).ToList();
        if (words.Count < 2) return null;

        // Each spelling is looked up once, however often the query repeats it.
        var rarest = words.DistinctBy(w => w.Form(Tier.Folded)).MinBy(w => Articles(reader, w.Form(Tier.Folded)))!;
        var kept = text.Runs.Select(run => string.Join(' ', run.Where(w => !ReferenceEquals(w, rarest)).Select(w => w.Canonical)))
            .Concat(text.Phrases.Select(p => "\"" + string.Join(' ', p.Where(w => !ReferenceEquals(w, rarest)).Select(w => w.Canonical)) + "\""))
            .Concat(text.Exclusions.Select(e => "-" + (e.Count == 1 ? e[0].Canonical : "\"" + string.Join(' ', e.Select(w => w.Canonical)) + "\"")))
            .Where(part => part.Length > 0 && part != "\"\"");
        return string.Join(' ', kept);
    }

    private static int Articles(IndexReader reader, string folded) =>
        reader.DocFreq(new Term(IndexFields.Words(IndexFields.BodyPart, Tier.Folded), folded))
        + reader.DocFreq(new Term(IndexFields.Words(IndexFields.TitlePart, Tier.Folded), folded));
}
