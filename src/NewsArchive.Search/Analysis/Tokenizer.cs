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

    public static List<Token> Tokenize(string text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<Token>();
        using var reader = new StringReader(text);
        // One Token object holds every attribute the tokenizer asks for (the default factory makes each by reflection).
        using var source = new StandardTokenizer(Version, Lucene.Net.Analysis.Token.TOKEN_ATTRIBUTE_FACTORY, reader);
        var term = source.AddAttribute<ICharTermAttribute>();
        var offset = source.AddAttribute<IOffsetAttribute>();
        source.Reset();
        while (tokens.Count < maxTokens && source.IncrementToken())
        {
            var forms = WordForms.Of(term.Buffer.AsSpan(0, term.Length));
            tokens.Add(new Token(forms, offset.StartOffset, offset.EndOffset));
        }
        source.End();
        return tokens;
    }
}
