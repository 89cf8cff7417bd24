namespace NewsArchive.Search.Querying;

/// <summary>The order of a list of results.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
