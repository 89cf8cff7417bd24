namespace NewsArchive.Search.Browsing;

/// <summary>A tag, the slug of its page, and how many articles carry it.</summary>
/// <param name="Name">The tag as most of its articles write it.</param>
public sealed record TagCount(string Slug, string Name, int Count);
