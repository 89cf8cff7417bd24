using NewsArchive.Search.Analysis;
using NewsArchive.Search.Analysis.Typing;
using Xunit.Abstractions;

using NewsArchive.Content.Vietnamese;

namespace NewsArchive.Search.Tests.Analysis.Typing;

/// <summary>Every Vietnamese syllable, typed in Telex or VNI with the input method off, is read back as itself.</summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    public delegate bool Decoder(string token, out string syllable);

    public static TheoryData<string> Ways => ["Telex", "VNI", "Telex, tone before marks", "VNI, tone before marks"];

    private static (Func<string, string> Type, Decoder Decode) Way(string way) => way switch
    {
        "Telex" => (Typist.Telex, TelexDecoder.TryDecode),
        "VNI" => (Typist.Vni, VniDecoder.TryDecode),
        "Telex, tone before marks" => (Typist.TelexToneFirst, TelexDecoder.TryDecode),
        _ => (Typist.VniToneFirst, VniDecoder.TryDecode),
    };

    [Theory]
    [MemberData(nameof(Ways))]
    public void Every_syllable_typed_with_keys_is_read_back(string way)
    {
        var (type, decode) = Way(way);
        var failures = new List<string>();
        var unchanged = 0;
        var toneOnly = 0;
        foreach (var syllable in VietnameseSyllable.All())
        {
            var typed = type(syllable);
            var decoded = decode(typed, out var result);
            if (typed == syllable)
            {
                // Nothing to decode: plain letters spell themselves.
                unchanged++;
                if (decoded) failures.Add($"{typed} → {result}, expected nothing");
            }
            else if (typed.Length <= 2 && VietnameseText.StripTones(syllable) == typed[..1])
            {
                // A lone toned vowel typed in two keys (as, of) is left as English, by design.
                toneOnly++;
                if (decoded) failures.Add($"{typed} → {result}, expected nothing");
            }
            else if (!decoded || VietnameseText.Canonical(result) != VietnameseText.Canonical(syllable))
            {
                failures.Add($"{typed} → {(decoded ? result : "nothing")}, expected {syllable}");
            }
        }

        output.WriteLine($"{way}: {VietnameseSyllable.All().Count()} syllables, {unchanged} plain, {toneOnly} lone toned vowels");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)) + $"\n({failures.Count} failures)");
    }
}
