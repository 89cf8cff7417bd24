namespace NewsArchive.Search.Analysis;

/// <summary>How much of the Vietnamese spelling a reader typed in one word.</summary>
public enum Typed
{
    /// <summary>No marks at all: <c>hoa binh</c>. Could be any accented reading.</summary>
    Plain,

    /// <summary>Vowel marks or đ but no tones: <c>điên</c>, <c>Viêt</c>.</summary>
    MarksOnly,

    /// <summary>Tones typed: the reader means this exact spelling.</summary>
    Tones,
}
