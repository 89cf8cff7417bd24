using System.Text;

namespace NewsArchive.Content.Files;

/// <summary>
/// TCVN3 (ABC, TCVN 5712:1993 VN3), the encoding of the .VnTime fonts: one byte per precomposed letter.
/// It defines every lower-case letter but only seven capitals (Ă Â Ê Ô Ơ Ư Đ): pages set capitals with tones
/// in an all-capitals font (.VnTimeH) that draws the lower-case codes as capitals, so those bytes say
/// "lower case" and come out in lower case here; nothing in the text says otherwise.
/// </summary>
internal static class Tcvn3
{
    // Keys are the Windows-1252 reading of the bytes, which from 0xA0 up is the byte's own code point.
    private static readonly Dictionary<char, char> Letters = Build();

    public static bool Encodes(char c) => Letters.ContainsKey(c);

    public static string ToUnicode(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
            result.Append(Letters.TryGetValue(c, out var letter) ? letter : c);
        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Dictionary<char, char> Build()
    {
        // Runs of consecutive bytes. The gaps (0xAF-0xB4, 0xBA, 0xBF-0xC5, 0xCD, 0xD9-0xDB, 0xE0, 0xF0)
        // are unassigned in VN3; they keep their Latin-1 meaning.
        (int First, string Letters)[] runs =
        [
            (0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"),
            (0xB5, "àảãáạ"),
            (0xBB, "ằẳẵắ"),
            (0xC6, "ặầẩẫấậè"),
            (0xCE, "ẻẽéẹềểễếệìỉ"),
            (0xDC, "ĩíịò"),
            (0xE1, "ỏõóọồổỗốộờởỡớợù"),
            (0xF1, "ủũúụừửữứựỳỷỹýỵ"),
        ];

        var letters = new Dictionary<char, char>();
        foreach (var (first, run) in runs)
        {
            for (var i = 0; i < run.Length; i++)
                letters.Add((char)(first + i), run[i]);
        }
        return letters;
    }
}
