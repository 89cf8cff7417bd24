using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NewsArchive.Search.Analysis;

/// <summary>
/// Splits text into words once (Unicode word rules: syllables, numbers like 1.000.000 and 2,4, U23) and puts each
/// word in its canonical spelling. Indexing, querying and highlighting all start here, so they always agree.
/// </summary>
public static class WordSplitter
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static List<WordSpan> Split(string text, int maxWords = int.MaxValue)
    {
        var words = new List<WordSpan>();
        using var reader = new StringReader(text);
        // One Token object holds every attribute the tokenizer asks for (the default factory makes each by reflection).
        using var source = new StandardTokenizer(Version, Token.TOKEN_ATTRIBUTE_FACTORY, reader);
        var term = source.AddAttribute<ICharTermAttribute>();
        var offset = source.AddAttribute<IOffsetAttribute>();
        source.Reset();
        while (words.Count < maxWords && source.IncrementToken())
        {
            var forms = WordForms.Of(term.Buffer.AsSpan(0, term.Length));
            words.Add(new WordSpan(forms, offset.StartOffset, offset.EndOffset));
        }
        source.End();
        return words;
    }
}
