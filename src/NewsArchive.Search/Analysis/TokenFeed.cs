using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsArchive.Search.Analysis;

/// <summary>
/// Feeds words already split by <see cref="WordSplitter"/> to one index field, in one tier, singly or as pairs of
/// neighbours (bigrams, which make words of several syllables rank above scattered syllables).
/// </summary>
public sealed class TokenFeed : TokenStream
{
    private readonly IReadOnlyList<WordSpan> _tokens;
    private readonly Tier _tier;
    private readonly bool _pairs;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public TokenFeed(IReadOnlyList<WordSpan> tokens, Tier tier, bool pairs)
        : base(Token.TOKEN_ATTRIBUTE_FACTORY)
    {
        _tokens = tokens;
        _tier = tier;
        _pairs = pairs;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        var count = _pairs ? _tokens.Count - 1 : _tokens.Count;
        if (_next >= count) return false;
        // No ClearAttributes(): only the term and offsets ever change here, and both are set below; clearing walks
        // every attribute of the indexer's chain for each word, a tenth of the indexing time.
        var token = _tokens[_next];
        if (_pairs)
        {
            var following = _tokens[_next + 1];
            _term.SetEmpty().Append(token.Form(_tier)).Append(' ').Append(following.Form(_tier));
            _offset.SetOffset(token.Start, following.End);
        }
        else
        {
            _term.SetEmpty().Append(token.Form(_tier));
            _offset.SetOffset(token.Start, token.End);
        }
        _next++;
        return true;
    }

    public override void End()
    {
        // Not base.End(): it clears every attribute of the indexer's chain again (about 7 % of building an index).
        // The indexer reads the final offset and position increment after End; the increment is never changed here.
        var end = _tokens.Count == 0 ? 0 : _tokens[^1].End;
        _offset.SetOffset(end, end);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
