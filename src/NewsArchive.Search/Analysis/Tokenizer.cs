using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NewsArchive.Search.Analysis;

/// <summary>
/// Splits text into words once (Unicode word rules: syllables, numbers like 1.000.000 and 2,4, U23) and puts each
/// word in its canonical spelling. Indexing, querying and highlighting all start here, so they always agree.
/// </summary>
public static class Tokenizer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // A StandardTokenizer is costly to make (its scanner tables and buffers); each thread keeps one and gives it
    // each new text, the way Lucene's own analyzers reuse theirs.
    [ThreadStatic]
    private static StandardTokenizer? _source;

    public static List<Token> Tokenize(string text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<Token>();
        var reader = new StringReader(text);
        var source = _source;
        if (source is null) _source = source = new StandardTokenizer(Version, reader);
        else source.SetReader(reader);

        var term = source.AddAttribute<ICharTermAttribute>();
        var offset = source.AddAttribute<IOffsetAttribute>();
        try
        {
            source.Reset();
            while (tokens.Count < maxTokens && source.IncrementToken())
            {
                var word = term.ToString().ToLowerInvariant();
                tokens.Add(new Token(VietnameseText.Canonical(word), offset.StartOffset, offset.EndOffset));
            }
            source.End();
        }
        finally
        {
            // Closing hands the reader back, leaving the tokenizer ready for the next SetReader.
            source.Dispose();
        }
        return tokens;
    }
}
