using Lucene.Net.Documents;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Querying;

/// <summary>A result as lists and searches show it, from the article's stored fields; words of the query marked.</summary>
internal static class SearchHits
{
    public static SearchHit From(Document doc, QueryText text)
    {
        var title = doc.Get(IndexFields.Title) ?? "";
        var date = doc.Get(IndexFields.Date);
        return new SearchHit(
            doc.Get(IndexFields.Slug),
            title,
            text.HasWords ? Snippets.MarkAll(title, text) : Content.Rendering.HtmlText.Encode(title),
            date is null ? null : DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            doc.Get(IndexFields.SourceName),
            doc.Get(IndexFields.SourceUrl),
            doc.Get(IndexFields.Excerpt) ?? "",
            text.HasWords ? Snippets.Best(doc.Get(IndexFields.Body) ?? "", text) : null);
    }
}
