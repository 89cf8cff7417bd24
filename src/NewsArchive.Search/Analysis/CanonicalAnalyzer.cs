using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsArchive.Search.Analysis;

/// <summary>
/// The same words as <see cref="WordSplitter"/>, in their canonical spelling, as a Lucene analyzer: for Lucene tools
/// that analyze text themselves (MoreLikeThis). Indexing does not use it; it feeds pre-split words.
/// </summary>
public sealed class CanonicalAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(WordSplitter.Version, reader);
        return new TokenStreamComponents(source, new CanonicalFilter(source));
    }

    private sealed class CanonicalFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var canonical = VietnameseText.Canonical(_term.ToString().ToLowerInvariant());
            _term.SetEmpty().Append(canonical);
            return true;
        }
    }
}
