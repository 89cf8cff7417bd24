namespace NewsArchive.Evaluation;

/// <summary>A short query made from a known item's title (see <see cref="ShortQueries"/>), with that one article to find.</summary>
internal sealed record ShortQuery(string Kind, string Text, string ArticleId)
{
    public IReadOnlySet<string> Relevant { get; } = new HashSet<string> { ArticleId };
}
