using AngleSharp.Html.Parser;
using NewsArchive.Content.Articles;
using Reader = SmartReader.Reader;

namespace NewsArchive.Content.Files;

/// <summary>
/// A news page saved from a newspaper's site (<c>.html</c>, <c>.htm</c>): the article alone, found by SmartReader,
/// becomes Markdown; the page's metadata gives its date, authors, publication and original address.
/// </summary>
public static class HtmlArticleParser
{
    private const string TitleOrigin = "the page's headline";

    /// <param name="convertedFrom">The legacy font encoding the page's text was converted from, if any.</param>
    /// <exception cref="ArticleFileException">The page holds no article; the message says why.</exception>
    public static Article Parse(string id, byte[] bytes, SourceDirectory sources, out LegacyEncoding convertedFrom)
    {
        var decoded = HtmlCharset.Decode(bytes);
        convertedFrom = decoded.ConvertedFrom;
        if (string.IsNullOrWhiteSpace(decoded.Text)) throw new ArticleFileException("the file has no text");

        HtmlPageLimits.CheckNesting(decoded.Text);
        var page = new HtmlParser().ParseDocument(decoded.Text);
        var meta = HtmlMetadata.Read(page);
        var address = ArticleSource.SafeUrl(meta.Address);

        // Extraction changes the document, so everything read from the head is read above.
        HtmlPageLimits.Prune(page);
        var extracted = new Reader((address ?? HtmlToMarkdown.UnknownOrigin).AbsoluteUri, page) { Debug = false }.GetArticle();
        var title = meta.Title ?? (string.IsNullOrWhiteSpace(extracted.Title) ? null : HtmlMetadata.Squeeze(extracted.Title))
            ?? throw new ArticleFileException("the page has no headline: no og:title, no <h1> and no <title>");

        var content = new HtmlParser().ParseDocument("<body>" + (extracted.Content ?? "") + "</body>").Body!;
        var blocks = HtmlToMarkdown.Convert(content, address, title).ToList();
        var dateLine = HtmlLead.TakeDateLine(blocks);
        var summary = HtmlLead.Take(blocks, meta.Lead ?? meta.Description);
        var (trailerSource, trailerAuthors) = HtmlLead.TakeTrailer(blocks);
        if (blocks.Count == 0)
            throw new ArticleFileException("no article text was found in the page, only menus, links or scripts (is it a section front rather than an article?)");

        var markdown = string.Join("\n\n", blocks);
        var date = HtmlLead.Date(meta.Published) ?? (dateLine is { } day ? VietnamTime.StartOfDay(day) : DatelineDate(blocks, markdown));
        var authors = meta.Authors.Count > 0 ? meta.Authors
            : trailerAuthors.Count > 0 ? trailerAuthors
            : HtmlLead.Byline(extracted.Byline ?? extracted.Author);
        var source = new PlainTextTrailer.SourceLine(meta.SiteName ?? trailerSource?.Name, address?.AbsoluteUri ?? trailerSource?.Url);
        return ArticleFields.Build(id, FrontMatter.Empty, title, new MarkdownBody(markdown), sources, source, authors, date, TitleOrigin, summary);
    }

    private static DateTimeOffset? DatelineDate(List<string> blocks, string markdown) =>
        Dateline.Find(blocks.FirstOrDefault(b => !b.StartsWith('!') && !b.StartsWith('^')) ?? "", markdown) is { } day
            ? VietnamTime.StartOfDay(day)
            : null;
}
