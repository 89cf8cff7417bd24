using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Content;
using NewsArchive.Content.Articles;
using NewsArchive.Content.Rendering;
using NewsArchive.Search.Analysis;

namespace NewsArchive.Search.Indexing;

/// <summary>An article as an index document, and back: the index stores everything a page shows.</summary>
public static class ArticleDocuments
{
    private const string MarkdownFormat = "md";
    private const string PlainTextFormat = "txt";

    /// <summary>How many words of a text, from its start, are indexed as exact pairs.</summary>
    internal const int ExactPairWords = 150;

    // Pairs are only ever looked up as whole terms (scored by frequency and length, counted by the accent restorer),
    // never as phrases: their positions would be written, merged and never read.
    private static readonly FieldType PairsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    public static Document ToDocument(Article article, string stamp, string wantedSlug)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.SortId, new BytesRef(article.Id)),
            new StoredField(IndexFields.Stamp, stamp),
            new BinaryDocValuesField(IndexFields.Stamp, new BytesRef(stamp)),
            new StringField(IndexFields.Slug, article.Slug, Field.Store.YES),
            new StringField(IndexFields.WantedSlug, wantedSlug, Field.Store.YES),
            new StoredField(IndexFields.ExplicitSlug, article.HasExplicitSlug ? 1 : 0),
            new StoredField(IndexFields.Title, article.Title),
        };

        if (article.Date is { } date)
        {
            doc.Add(new StoredField(IndexFields.Date, date.ToString("o", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(IndexFields.SortDate, date.ToUnixTimeSeconds()));
            var day = DayNumber(VietnamTime.Day(date));
            doc.Add(DayField(day));
            doc.Add(new NumericDocValuesField(IndexFields.Day, day));
        }

        if (article.Source is { } source)
        {
            doc.Add(new StoredField(IndexFields.SourceName, source.Name));
            if (source.Url is not null) doc.Add(new StoredField(IndexFields.SourceUrl, source.Url.AbsoluteUri));
            var sourceSlug = Slug.FromTitle(source.Name);
            doc.Add(new StringField(IndexFields.Source, sourceSlug, Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.Source, new BytesRef(sourceSlug)));
        }

        foreach (var author in article.Authors) doc.Add(new StoredField(IndexFields.Authors, author));
        foreach (var tag in article.Tags)
        {
            doc.Add(new StringField(IndexFields.Tags, tag, Field.Store.YES));
            doc.Add(new StringField(IndexFields.TagSlug, Slug.FromTitle(tag), Field.Store.NO));
        }
        if (article.Summary is not null) doc.Add(new StoredField(IndexFields.Summary, article.Summary));
        var plainText = ArticleRenderer.ToPlainText(article.Body);
        doc.Add(new StoredField(IndexFields.Excerpt, article.Summary ?? ArticleRenderer.Excerpt(article.Body, plainText)));
        doc.Add(new StoredField(IndexFields.Body, plainText));
        switch (article.Body)
        {
            case MarkdownBody markdown:
                doc.Add(new StoredField(IndexFields.Format, MarkdownFormat));
                doc.Add(new StoredField(IndexFields.Markdown, markdown.Markdown));
                break;
            case PlainTextBody text:
                doc.Add(new StoredField(IndexFields.Format, PlainTextFormat));
                var captions = text.Blocks.Select((b, i) => (b, i)).Where(x => x.b.Kind == TextBlockKind.Caption).Select(x => x.i);
                doc.Add(new StoredField(IndexFields.Captions, string.Join(',', captions)));
                break;
        }

        var searchedBody = article.Summary is null ? plainText : article.Summary + "\n\n" + plainText;
        AddSearchedText(doc, IndexFields.TitlePart, WordSplitter.Split(article.Title));
        AddSearchedText(doc, IndexFields.BodyPart, WordSplitter.Split(searchedBody));
        return doc;
    }

    private static void AddSearchedText(Document doc, string part, List<WordSpan> tokens)
    {
        foreach (var tier in TierForms.Indexed)
            doc.Add(new TextField(IndexFields.Words(part, tier), new TokenFeed(tokens, tier, pairs: false)));
        // Exact pairs feed the accent restorer's statistics ("ban chi dao" → "Ban Chỉ đạo"); the lead of an article
        // gives them as well as its whole text does, at a fraction of the cost (the search quality table is the same
        // without them: the folded pairs rank adjacent words).
        var lead = tokens.Count <= ExactPairWords ? tokens : tokens.GetRange(0, ExactPairWords);
        doc.Add(new Field(IndexFields.Pairs(part, Tier.Exact), new TokenFeed(lead, Tier.Exact, pairs: true), PairsType));
        doc.Add(new Field(IndexFields.Pairs(part, Tier.Folded), new TokenFeed(tokens, Tier.Folded, pairs: true), PairsType));
    }

    /// <summary>The article back from its stored fields.</summary>
    public static Article ToArticle(Document doc)
    {
        var sourceName = doc.Get(IndexFields.SourceName);
        var body = doc.Get(IndexFields.Body) ?? "";
        ArticleBody articleBody = doc.Get(IndexFields.Format) == MarkdownFormat
            ? new MarkdownBody(doc.Get(IndexFields.Markdown) ?? "")
            : PlainTextBlocks(body, doc.Get(IndexFields.Captions));

        return new Article
        {
            Id = doc.Get(IndexFields.Id),
            Slug = doc.Get(IndexFields.Slug),
            HasExplicitSlug = doc.GetField(IndexFields.ExplicitSlug)?.GetInt32Value() == 1,
            Title = doc.Get(IndexFields.Title) ?? "",
            Date = doc.Get(IndexFields.Date) is { } date ? DateTimeOffset.Parse(date, CultureInfo.InvariantCulture) : null,
            Source = sourceName is null ? null : new ArticleSource(sourceName, ArticleSource.SafeUrl(doc.Get(IndexFields.SourceUrl))),
            Authors = doc.GetValues(IndexFields.Authors),
            Tags = doc.GetValues(IndexFields.Tags),
            Summary = doc.Get(IndexFields.Summary),
            Body = articleBody,
        };
    }

    // The day as Int32Field indexes it (the same trie terms, so NumericRangeQuery finds it), from a token stream
    // whose attributes come from Lucene's Token factory: Int32Field makes its stream with the reflecting default
    // factory for every document, a tenth of building an index.
    private static readonly FieldType DayType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericType = NumericType.NONE });

    private static Field DayField(int day) =>
        new(IndexFields.Day, new NumericTokenStream(Token.TOKEN_ATTRIBUTE_FACTORY, NumericUtils.PRECISION_STEP_DEFAULT).SetInt32Value(day), DayType);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static int DayNumber(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;

    public static DateOnly DayOf(int dayNumber) => new(dayNumber / 10000, dayNumber / 100 % 100, dayNumber % 100);

    private static PlainTextBody PlainTextBlocks(string body, string? captions)
    {
        var captionIndexes = (captions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
        var blocks = body.Length == 0 ? [] : body.Split("\n\n");
        return new PlainTextBody(blocks.Select((text, i) => new TextBlock(captionIndexes.Contains(i) ? TextBlockKind.Caption : TextBlockKind.Paragraph, text)).ToList());
    }
}
