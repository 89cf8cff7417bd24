using Lucene.Net.Search.Similarities;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// BM25, plus the classic coordination factor: a document matching more of the query's words scores in proportion.
/// Lucene's BM25 leaves coord at 1, so for a pasted lead of thirty words a document repeating three rare ones
/// could outrank the article that contains all thirty.
/// </summary>
public sealed class ArchiveSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
