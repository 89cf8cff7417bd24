using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsArchive.Search.Querying;

/// <summary>
/// Looks up a query's words in the index before it runs. A search asks for a hundred terms or more (each word in
/// title and body, in every tier and spelling, and their pairs), and Lucene would look each one up on its own in
/// every segment, with a fresh dictionary reader each time. Here each field's terms are looked up in sorted order
/// through one reader per segment (<see cref="Indexing.TermCounts.Seek"/>), and each <see cref="TermQuery"/> gets
/// what was found: same query, same scores.
/// </summary>
internal static class TermLookups
{
    public static Query Resolve(Query query, IndexSearcher searcher)
    {
        var terms = new HashSet<Term>();
        Collect(query, terms);
        if (terms.Count == 0) return query;
        var found = LookUp(searcher, terms);
        return With(query, found);
    }

    private static void Collect(Query query, HashSet<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) Collect(clause.Query, terms);
                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Collect(constant.Query, terms);
                break;
        }
    }

    private static Dictionary<Term, TermContext> LookUp(IndexSearcher searcher, HashSet<Term> terms)
    {
        var contexts = terms.ToDictionary(term => term, _ => new TermContext(searcher.TopReaderContext));
        foreach (var field in terms.GroupBy(term => term.Field))
        {
            var sorted = field.OrderBy(t => t.Bytes, BytesRef.UTF8SortedAsUnicodeComparer).ToList();
            Indexing.TermCounts.Seek(searcher.IndexReader, field.Key, sorted.ConvertAll(t => t.Bytes),
                (leaf, i, found) => contexts[sorted[i]].Register(found.GetTermState(), leaf.Ord, found.DocFreq, found.TotalTermFreq));
        }
        return contexts;
    }

    private static Query With(Query query, Dictionary<Term, TermContext> found)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, found[term.Term]) { Boost = term.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) copy.Add(With(clause.Query, found), clause.Occur);
                return copy;
            case ConstantScoreQuery constant when constant.Query is not null:
                return new ConstantScoreQuery(With(constant.Query, found)) { Boost = constant.Boost };
            default:
                return query;
        }
    }
}
