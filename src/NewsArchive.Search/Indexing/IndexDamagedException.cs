namespace NewsArchive.Search.Indexing;

/// <summary>A read failed because the index is damaged; it is being rebuilt from the content folder.</summary>
public sealed class IndexDamagedException(string damage, Exception? inner = null)
    : Exception("The search index is damaged and is being rebuilt: " + damage, inner)
{
    public string Damage { get; } = damage;
}
