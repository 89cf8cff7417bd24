using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Search.Ingestion;

/// <summary>
/// A fingerprint of what the index holds: every article's id and file stamp, hashed and combined without regard to
/// order, so two processes indexing the same content folder (replicas behind one balancer) agree on it, whatever
/// order they read the files in, and an edit can be folded in or out without looking at the rest.
/// </summary>
public sealed class ContentFingerprint
{
    private ulong _high;
    private ulong _low;

    public static ContentFingerprint Of(IEnumerable<KeyValuePair<string, string>> stampsById)
    {
        var fingerprint = new ContentFingerprint();
        foreach (var (id, stamp) in stampsById) fingerprint.Toggle(id, stamp);
        return fingerprint;
    }

    /// <summary>Adds the article if it was not counted, removes it if it was (XOR).</summary>
    public void Toggle(string id, string stamp)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id + "\n" + stamp), hash);
        _high ^= BinaryPrimitives.ReadUInt64LittleEndian(hash);
        _low ^= BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]);
    }

    /// <summary>Sixteen hex digits: enough to tell content states apart, short enough for an ETag.</summary>
    public override string ToString() => (_high ^ (_low * 0x9E3779B97F4A7C15UL)).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
