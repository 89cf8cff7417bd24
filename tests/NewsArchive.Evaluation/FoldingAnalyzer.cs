using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using NewsArchive.Search.Analysis;

namespace NewsArchive.Evaluation;

/// <summary>
/// Stock StandardAnalyzer with Lucene's ASCIIFoldingFilter after it: what a Lucene user gets by adding accent
/// folding, the usual answer to readers who type without diacritics. The second baseline.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(WordSplitter.Version, reader);
        TokenStream stream = new StandardFilter(WordSplitter.Version, source);
        stream = new LowerCaseFilter(WordSplitter.Version, stream);
        stream = new StopFilter(WordSplitter.Version, stream, StandardAnalyzer.STOP_WORDS_SET);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    }
}
