using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// Each article's year and source in one index segment, read from its doc values once and kept as long as the
/// segment is: a search matching half a million articles counts them with two array reads each, where reading the
/// doc values again took twice as long as the search itself. Six bytes an article (12 MB at two million).
/// </summary>
internal sealed class SegmentFacets
{
    // Keyed by the segment's core, as Lucene's own field cache is: reopening after a sync keeps the unchanged
    // segments' entries, and a merged-away segment's entry goes with it.
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private SegmentFacets(int firstYear, ushort[] yearSlots, int yearSlotCount, int[] sourceSlots, string[] sourceSlugs)
    {
        FirstYear = firstYear;
        YearSlots = yearSlots;
        YearSlotCount = yearSlotCount;
        SourceSlots = sourceSlots;
        SourceSlugs = sourceSlugs;
    }

    /// <summary>The year of year slot 1.</summary>
    public int FirstYear { get; }

    /// <summary>By document: its year less <see cref="FirstYear"/>, plus one; 0 when undated.</summary>
    public ushort[] YearSlots { get; }

    /// <summary>Slots in use, the undated slot 0 included.</summary>
    public int YearSlotCount { get; }

    /// <summary>By document: its source's place in <see cref="SourceSlugs"/>, plus one; 0 without a source.</summary>
    public int[] SourceSlots { get; }

    public string[] SourceSlugs { get; }

    public static SegmentFacets Of(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static SegmentFacets Read(AtomicReader segment)
    {
        var count = segment.MaxDoc;
        var days = segment.GetNumericDocValues(IndexFields.Day);
        var dated = segment.GetDocsWithField(IndexFields.Day);
        var years = new int[count];
        int first = int.MaxValue, last = int.MinValue;
        if (days is not null && dated is not null)
        {
            for (var doc = 0; doc < count; doc++)
            {
                if (!dated.Get(doc)) continue;
                var year = (int)(days.Get(doc) / 10000);
                years[doc] = year;
                first = Math.Min(first, year);
                last = Math.Max(last, year);
            }
        }
        // Years run 1 to 9999 (DateOnly), so a slot always fits in 16 bits.
        var yearSlots = new ushort[count];
        for (var doc = 0; doc < count; doc++)
            if (years[doc] != 0) yearSlots[doc] = (ushort)(years[doc] - first + 1);

        var sources = segment.GetSortedDocValues(IndexFields.Source);
        var sourceSlots = new int[count];
        var slugs = new string[sources?.ValueCount ?? 0];
        if (sources is not null)
        {
            var term = new Lucene.Net.Util.BytesRef();
            for (var ord = 0; ord < slugs.Length; ord++)
            {
                sources.LookupOrd(ord, term);
                slugs[ord] = term.Utf8ToString();
            }
            for (var doc = 0; doc < count; doc++) sourceSlots[doc] = sources.GetOrd(doc) + 1;
        }
        return new SegmentFacets(first, yearSlots, first == int.MaxValue ? 1 : last - first + 2, sourceSlots, slugs);
    }
}
