using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsArchive.Search.Analysis.Typing;

using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>Whatever a reader types, decoding answers without failing, and only with real syllables.</summary>
public sealed class DecoderProperties
{
    [Property(MaxTest = 500)]
    public bool Any_string_decodes_to_a_valid_syllable_or_not_at_all(string? token) =>
        (!TelexDecoder.TryDecode(token, out var telex) || (VietnameseSyllable.IsValid(telex) && telex != token))
        && (!VniDecoder.TryDecode(token, out var vni) || (VietnameseSyllable.IsValid(vni) && vni != token));

    [Property(MaxTest = 500, Arbitrary = [typeof(Keys)])]
    public bool Strings_of_typing_keys_decode_to_a_valid_syllable_or_not_at_all(string token) =>
        Any_string_decodes_to_a_valid_syllable_or_not_at_all(token) && TypedQuery.TryDecode(token, static (_, _) => true, out _) == (
            TelexDecoder.TryDecode(token, out _) || VniDecoder.TryDecode(token, out _));

    [Property(MaxTest = 300, Arbitrary = [typeof(Keys)])]
    public bool A_capitalised_typing_decodes_to_the_capitalised_syllable(Capitalised word)
    {
        var typed = Typist.Telex(word.Syllable);
        return TelexDecoder.TryDecode(char.ToUpperInvariant(typed[0]) + typed[1..], out var syllable)
            && syllable == char.ToUpperInvariant(word.Syllable[0]) + word.Syllable[1..];
    }

    /// <summary>A syllable whose Telex typing uses a key and is longer than two keys, so it must decode.</summary>
    public sealed record Capitalised(string Syllable);

    public static class Keys
    {
        private static readonly string[] Typable = VietnameseSyllable.All()
            .Where(s => Typist.Telex(s) != s && Typist.Telex(s).Length > 2).ToArray();

        /// <summary>One token of letters, Telex keys and VNI digits in any order.</summary>
        public static Arbitrary<string> Tokens() =>
            Gen.Elements("aeiouydwsfrxjngthcqAEIOUDW0123456789".ToCharArray())
                .ArrayOf().Select(chars => new string(chars)).ToArbitrary();

        public static Arbitrary<Capitalised> Syllables() => Gen.Elements(Typable).Select(s => new Capitalised(s)).ToArbitrary();
    }
}
