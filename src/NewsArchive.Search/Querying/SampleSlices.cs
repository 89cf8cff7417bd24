using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsArchive.Search.Querying;

/// <summary>
/// A share of each segment's articles, as short runs of ids spread evenly over it. Articles are indexed in the
/// order of the content folder, which is often by source or by date, so one contiguous run would sample one
/// source's years; many short runs sample all of them, and a query's scorer still skips from run to run.
/// </summary>
internal sealed class SampleSlices(double share) : Filter
{
    /// <summary>
    /// Runs per segment: enough to spread over sources and years (a million articles make about twenty segments),
    /// few enough to skip cheaply: each run's start moves every term of the query through its skip list, and with 64
    /// runs a pasted lead's sample of 2 % cost a twelfth of counting every match.
    /// </summary>
    private const int Runs = 16;

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) => new Set(Layout(context.Reader.MaxDoc, share));

    /// <summary>How many ids of a segment of <paramref name="maxDoc"/> articles the sample takes.</summary>
    public static long Size(int maxDoc, double share)
    {
        var (count, length, _) = Layout(maxDoc, share);
        return Math.Min((long)count * length, maxDoc);
    }

    private static (int Count, int Length, int MaxDoc) Layout(int maxDoc, double share)
    {
        var wanted = Math.Max(1, (long)Math.Ceiling(maxDoc * share));
        var length = (int)Math.Max(1, (wanted + Runs - 1) / Runs);
        var count = (int)Math.Min(Runs, (wanted + length - 1) / length);
        return (Math.Min(count, maxDoc), length, maxDoc);
    }

    private sealed class Set((int Count, int Length, int MaxDoc) layout) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new Ids(layout.Count, layout.Length, layout.MaxDoc);
    }

    private sealed class Ids(int count, int length, int maxDoc) : DocIdSetIterator
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            if (target >= maxDoc || count == 0) return _doc = NO_MORE_DOCS;
            // The run that starts at or before the target; the target itself if inside it, else the next run's start.
            var run = (int)((long)target * count / maxDoc);
            while (run + 1 < count && Start(run + 1) <= target) run++;
            if (target < Start(run) + length) return _doc = Math.Max(target, Start(run));
            return _doc = run + 1 < count ? Start(run + 1) : NO_MORE_DOCS;
        }

        public override long GetCost() => (long)count * length;

        private int Start(int run) => (int)((long)run * maxDoc / count);
    }
}
