using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// In how many articles each of many terms of one field occurs. Asking the reader term by term opens a fresh
/// dictionary enumerator per term and segment; here the terms are looked up in sorted order through one enumerator
/// per segment, which walks the dictionary's blocks once. A language's words come back in every request, so the
/// counts of the current reader are remembered (a refreshed index is a new reader and starts afresh).
/// </summary>
internal static class TermCounts
{
    // Bounded: names, numbers and word pairs never stop coming; past the limit the memory starts again.
    private const int MaxKnown = 200_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, string Term), int>> Known = new();

    public static Dictionary<string, int> Of(IndexReader reader, string field, IEnumerable<string> terms)
    {
        var known = Known.GetValue(reader, _ => new ConcurrentDictionary<(string, string), int>());
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<(string Term, BytesRef Bytes)>();
        foreach (var term in terms)
        {
            if (counts.ContainsKey(term)) continue;
            if (known.TryGetValue((field, term), out var count)) counts[term] = count;
            else
            {
                counts[term] = 0;
                missing.Add((term, new BytesRef(term)));
            }
        }
        if (missing.Count == 0) return counts;

        missing.Sort((a, b) => BytesRef.UTF8SortedAsUnicodeComparer.Compare(a.Bytes, b.Bytes));
        var found = new int[missing.Count];
        Seek(reader, field, missing.Select(m => m.Bytes).ToList(), (_, i, term) => found[i] += term.DocFreq);
        if (known.Count + missing.Count > MaxKnown) known.Clear();
        for (var i = 0; i < missing.Count; i++)
        {
            known[(field, missing[i].Term)] = found[i];
            counts[missing[i].Term] = found[i];
        }
        return counts;
    }

    /// <summary>
    /// Looks up terms of one field, given in the dictionary's order, in every segment: one enumerator per segment
    /// walks its dictionary's blocks once. <paramref name="found"/> is told each term a segment has, by its place
    /// in the list, with the enumerator standing on it.
    /// </summary>
    public static void Seek(IndexReader reader, string field, IReadOnlyList<BytesRef> sorted, Action<AtomicReaderContext, int, TermsEnum> found)
    {
        foreach (var leaf in reader.Leaves)
        {
            var each = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (each is null) continue;
            for (var i = 0; i < sorted.Count; i++)
            {
                if (each.SeekExact(sorted[i])) found(leaf, i, each);
            }
        }
    }
}
