using System.Text;
using NewsArchive.Content.Files;

namespace NewsArchive.Content.Tests.Files;

/// <summary>
/// Vietnamese from pages set in legacy fonts (VNI-Windows, TCVN3) comes out as Unicode, whether the file holds
/// the legacy bytes or the mojibake saved as UTF-8; Unicode and European text is never touched.
/// </summary>
public sealed class LegacyVietnameseTests
{
    // Every vowel with every tone, ă â ê ô ơ ư đ, and capitals with and without tones.
    private const string Report = """
        DU LỊCH MIỀN TRUNG KHỞI SẮC SAU MÙA BÃO

        Đà Nẵng, ngày 12 tháng 3 – Ủy ban nhân dân thành phố Đà Nẵng cho biết mùa du lịch năm nay sẽ bắt đầu sớm hơn mọi năm. Ông Nguyễn Văn Hùng, giám đốc Sở Du lịch, khẳng định lượng khách từ châu Âu, Ấn Độ và Ý tăng mạnh; nhiều người đã đặt vé từ trước Tết. Ưu tiên hàng đầu là giữ bãi biển sạch đẹp, hỗ trợ ngư dân và bảo vệ rạn san hô ở bán đảo Sơn Trà.

        Tại Hà Nội, các nhà khoa học trẻ vừa công bố kết quả nghiên cứu về giống lúa chịu mặn. Theo họ, mỗi héc-ta có thể cho thêm gần một tấn thóc, giúp nông dân miền Tây giảm thiệt hại khi nước biển dâng. Dự án được một quỹ của Mỹ tài trợ hai tỷ đồng và sẽ mở rộng ra các tỉnh lỵ ven biển vào kỳ tới. Các chuyên gia nghĩ rằng đây là sản phẩm quý, cần được cập nhật vào chương trình khuyến nông.

        Ở Cần Thơ, chợ nổi Cái Răng vẫn nhộn nhịp từ lúc trời còn chưa sáng. Bà Lê Thị Mỹ, bán cà phê và chè trên chiếc thuyền nhỏ, kể rằng dù giá xăng dầu tăng, khách vẫn ghé mua. "Ăn Tết xong là chợ đông lại. Ơn trời, ai cũng khen trái cây ở đây tươi, rõ là của vườn nhà," bà nói kèm nụ cười. Ê-kíp làm phim tài liệu về lịch sử chợ nổi sẽ ghi hình vào dịp lễ hội; để gỡ rối thủ tục, họ tự chờ gần nửa năm.
        """;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void The_report_has_every_vowel_with_every_tone()
    {
        foreach (var vowel in "aăâeêioôơuưy")
        {
            foreach (var tone in "\u0300\u0301\u0303\u0309\u0323")
                Assert.Contains(string.Concat(vowel, tone).Normalize(NormalizationForm.FormC), Report, StringComparison.Ordinal);
        }
        Assert.All("ăâêôơưđĐĂÂÊÔƠƯỦẤỞ", letter => Assert.Contains(letter, Report));
    }

    [Fact]
    public void VNI_Windows_bytes_come_out_as_the_original_text()
    {
        var decoded = TextDecoding.DecodeWithOrigin(Windows1252.GetBytes(ToVniWindows(Report)));

        Assert.Equal(LegacyEncoding.VniWindows, decoded.ConvertedFrom);
        Assert.Equal(Report, decoded.Text);
    }

    [Fact]
    public void TCVN3_bytes_come_out_as_the_original_text_with_toned_capitals_in_lower_case()
    {
        var decoded = TextDecoding.DecodeWithOrigin(Windows1252.GetBytes(ToTcvn3(Report)));

        Assert.Equal(LegacyEncoding.Tcvn3, decoded.ConvertedFrom);
        Assert.Equal(WithTonedCapitalsInLowerCase(Report), decoded.Text);
    }

    [Fact]
    public void VNI_Windows_mojibake_saved_as_UTF8_comes_out_as_the_original_text()
    {
        var decoded = TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes(ToVniWindows(Report)));

        Assert.Equal(LegacyEncoding.VniWindows, decoded.ConvertedFrom);
        Assert.Equal(Report, decoded.Text);
        Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void TCVN3_mojibake_saved_as_UTF8_comes_out_as_the_original_text()
    {
        var decoded = TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes(ToTcvn3(Report)));

        Assert.Equal(LegacyEncoding.Tcvn3, decoded.ConvertedFrom);
        Assert.Equal(WithTonedCapitalsInLowerCase(Report), decoded.Text);
    }

    [Fact]
    public void Plain_Decode_returns_the_converted_text()
    {
        Assert.Equal(Report, TextDecoding.DecodeWithOrigin(Windows1252.GetBytes(ToVniWindows(Report))).Text);
    }

    [Theory]
    [InlineData("Vieät Nam", LegacyEncoding.VniWindows, "Việt Nam")]
    [InlineData("Ñaø Naüng", LegacyEncoding.VniWindows, "Đà Nẵng")]
    [InlineData("ngöôøi daân TP. Hoà Chí Minh", LegacyEncoding.VniWindows, "người dân TP. Hồ Chí Minh")]
    [InlineData("ÑAØ NAÜNG", LegacyEncoding.VniWindows, "ĐÀ NẴNG")]
    [InlineData("ViÖt Nam", LegacyEncoding.Tcvn3, "Việt Nam")]
    [InlineData("§µ N½ng", LegacyEncoding.Tcvn3, "Đà Nẵng")]
    [InlineData("ng\u00ADêi d©n Hµ Néi", LegacyEncoding.Tcvn3, "người dân Hà Nội")]
    public void Legacy_spellings_seen_on_old_pages_convert(string legacy, LegacyEncoding encoding, string expected)
    {
        Assert.Equal(expected, LegacyVietnamese.Convert(legacy, encoding));

        // The test-side encoders agree with the pages too, so the round trips above test real spellings.
        Assert.Equal(legacy, encoding == LegacyEncoding.VniWindows ? ToVniWindows(expected) : ToTcvn3(expected));
    }

    [Theory]
    [InlineData("Mì, cà phê, bánh bò và chè là món quà quê nhà. Cà phê sáng, mì tô, chè ly.")]
    [InlineData("Rice exports rose in March, the ministry said, as buyers in Manila and Jakarta returned.")]
    [InlineData("Le café était très bon à Noël, près de l'hôtel où Zoë déjeunait avec Hélène et François.")]
    [InlineData("Müller und Schröder fahren über die Brücke nach Köln; Zoë trinkt Café au lait für zwei Euro.")]
    [InlineData("Copyright © 2024 Saigon Daily. It was 30°C at noon; rice rose ½ point to £5 per 10 µm bag, «quoted» in § 3.")]
    [InlineData("Nhiệt độ ngoài trời 30°C, giá gạo tăng ½ điểm. © 2024 Báo Sài Gòn.")]
    public void Unicode_and_European_text_is_left_alone(string text)
    {
        var decoded = TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes(text));

        Assert.Equal(LegacyEncoding.None, decoded.ConvertedFrom);
        Assert.Equal(text.Normalize(NormalizationForm.FormC), decoded.Text);
    }

    [Fact]
    public void The_report_in_Unicode_is_left_alone_composed_or_decomposed()
    {
        Assert.Equal(LegacyEncoding.None, TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes(Report)).ConvertedFrom);
        Assert.Equal(LegacyEncoding.None, TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes(Report.Normalize(NormalizationForm.FormD))).ConvertedFrom);
    }

    [Fact]
    public void A_couple_of_legacy_words_are_too_little_evidence()
    {
        Assert.Equal(LegacyEncoding.None, LegacyVietnamese.Detect("Vieät Nam"));
        Assert.Equal(LegacyEncoding.None, LegacyVietnamese.Detect("ViÖt Nam"));
    }

    public static TheoryData<string, byte[]> NotVietnamese => new()
    {
        { "random bytes without NUL", RandomBytesWithoutNul() },
        { "a French sentence in Latin-1", Encoding.Latin1.GetBytes("Le café était très bon à Noël, près de l'hôtel où Zoë déjeunait.") },
        { "a German sentence in Windows-1252", Encoding.Latin1.GetBytes("Müller und Schröder fahren über die Brücke nach Köln.") },
    };

    [Theory]
    [MemberData(nameof(NotVietnamese))]
    public void Invalid_UTF8_that_is_not_legacy_Vietnamese_is_still_rejected(string what, byte[] bytes)
    {
        var ex = Assert.Throws<ArticleFileException>(() => TextDecoding.DecodeWithOrigin(bytes));

        Assert.True(ex.Message.Contains("UTF-8", StringComparison.Ordinal), $"{what}: {ex.Message}");
    }

    private static byte[] RandomBytesWithoutNul()
    {
        var random = new Random(20240312);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        return [.. bytes.Select(b => b == 0 ? (byte)1 : b)];
    }

    // TCVN3 has no capitals with tones: pages typed them as lower-case codes in an all-capitals font.
    private static string WithTonedCapitalsInLowerCase(string text) =>
        string.Concat(text.Select(c => char.IsUpper(c) && HasTone(c) ? char.ToLowerInvariant(c) : c));

    private static bool HasTone(char letter) =>
        letter.ToString().Normalize(NormalizationForm.FormD).Any(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');

    // Test-side encoders, written from each letter's parts rather than from the decoder's tables.
    // Tones are numbered 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng; "?" fills the unused "no tone" slot.
    private const string ToneMarks = "\0\u0301\u0300\u0309\u0303\u0323";

    // Where each tone sits in a TCVN3 row, which runs huyền, hỏi, ngã, sắc, nặng.
    private static readonly int[] RowPosition = [-1, 3, 0, 1, 2, 4];

    internal static string ToVniWindows(string unicode)
    {
        var legacy = new StringBuilder();
        foreach (var letter in unicode)
        {
            var (bare, modifier, tone) = Split(letter);
            var upper = char.IsUpper(bare);
            string Cased(string s) => upper ? s.ToUpperInvariant() : s;
            legacy.Append((char.ToLowerInvariant(bare), modifier) switch
            {
                ('đ', _) => Cased("ñ"),
                ('i', _) when tone > 0 => Cased("?íìæóò"[tone].ToString()),
                ('y', _) when tone == 5 => Cased("î"),
                (_, '\u031B') => Cased(bare is 'o' or 'O' ? "ô" : "ö") + ToneOnly(tone, upper),
                (_, '\u0302') => bare + Cased("âáàåãä"[tone].ToString()),
                (_, '\u0306') => bare + Cased("êéèúüë"[tone].ToString()),
                _ => bare + ToneOnly(tone, upper),
            });
        }
        return legacy.ToString();

        static string ToneOnly(int tone, bool upper) => tone == 0 ? "" : (upper ? "?ÙØÛÕÏ" : "?ùøûõï")[tone].ToString();
    }

    private static string ToTcvn3(string unicode)
    {
        // TCVN3 has lower-case codes only for toned letters; a toned capital is typed as its lower case.
        var rows = new Dictionary<string, string>
        {
            ["a"] = "µ¶·¸¹",
            ["ă"] = "»¼½¾Æ",
            ["â"] = "ÇÈÉÊË",
            ["e"] = "ÌÎÏÐÑ",
            ["ê"] = "ÒÓÔÕÖ",
            ["i"] = "×ØÜÝÞ",
            ["o"] = "ßáâãä",
            ["ô"] = "åæçèé",
            ["ơ"] = "êëìíî",
            ["u"] = "ïñòóô",
            ["ư"] = "õö÷øù",
            ["y"] = "úûüýþ",
        };
        var plain = new Dictionary<char, char>
        {
            ['ă'] = '¨',
            ['â'] = '©',
            ['ê'] = 'ª',
            ['ô'] = '«',
            ['ơ'] = '¬',
            ['ư'] = '\u00AD',
            ['đ'] = '®',
            ['Ă'] = '¡',
            ['Â'] = '¢',
            ['Ê'] = '£',
            ['Ô'] = '¤',
            ['Ơ'] = '¥',
            ['Ư'] = '¦',
            ['Đ'] = '§',
        };

        var legacy = new StringBuilder();
        foreach (var letter in unicode)
        {
            var (bare, modifier, tone) = Split(letter);
            var vowel = (char.ToLowerInvariant(bare) + (modifier == '\0' ? "" : modifier.ToString())).Normalize(NormalizationForm.FormC);
            if (tone > 0) legacy.Append(rows[vowel][RowPosition[tone]]);
            else if (plain.TryGetValue(letter, out var code)) legacy.Append(code);
            else legacy.Append(letter);
        }
        return legacy.ToString();
    }

    private static (char Bare, char Modifier, int Tone) Split(char letter)
    {
        if (letter is 'đ' or 'Đ') return (letter, '\0', 0);
        var parts = letter.ToString().Normalize(NormalizationForm.FormD);
        var modifier = parts.FirstOrDefault(m => m is '\u0302' or '\u0306' or '\u031B');
        var tone = parts.Skip(1).Select(m => ToneMarks.IndexOf(m, StringComparison.Ordinal)).FirstOrDefault(i => i > 0);
        return (parts[0], modifier, tone);
    }
}
