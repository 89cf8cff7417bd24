namespace NewsArchive.Evaluation;

/// <summary>Averages of MRR@10, Recall@10, nDCG@10 (binary relevance) and the share of queries with no result.</summary>
internal sealed class Metrics
{
    private double _rr, _recall, _ndcg;
    private int _zero, _count;

    public void Add(IReadOnlyList<string> top10, int totalHits, IReadOnlySet<string> relevant)
    {
        _count++;
        if (totalHits == 0) _zero++;
        var firstHit = top10.Select((id, i) => (id, i)).FirstOrDefault(x => relevant.Contains(x.id), (null!, -1)).Item2;
        if (firstHit >= 0) _rr += 1.0 / (firstHit + 1);
        _recall += (double)top10.Count(relevant.Contains) / relevant.Count;
        var dcg = top10.Select((id, i) => relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(10, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
        _ndcg += dcg / ideal;
    }

    public double Mrr => _rr / _count;
    public double Recall => _recall / _count;
    public double Ndcg => _ndcg / _count;
    public double ZeroRate => (double)_zero / _count;
}
