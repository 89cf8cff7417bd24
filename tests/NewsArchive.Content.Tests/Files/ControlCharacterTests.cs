using System.Text;
using NewsArchive.Content.Files;
using NewsArchive.Content.Tests.Support;

namespace NewsArchive.Content.Tests.Files;

/// <summary>Control characters and noncharacters in a file are junk, not text: dropped (page breaks become line breaks), and the article read.</summary>
public sealed class ControlCharacterTests
{
    [Fact]
    public void A_noncharacter_in_utf8_text_is_dropped_instead_of_failing_normalisation()
    {
        var text = TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes("Bản tin\uFFFE nông nghiệp\uFFFF")).Text;

        Assert.Equal("Bản tin nông nghiệp", text);
    }

    [Fact]
    public void Controls_are_dropped_and_page_breaks_become_line_breaks()
    {
        var text = TextDecoding.DecodeWithOrigin(Encoding.UTF8.GetBytes("Mưa\u0007 lớn\u001B[31m\u007F\u0085ở Cà Mau\u000Ctrang hai\tcột\r\n")).Text;

        Assert.Equal("Mưa lớn[31m\nở Cà Mau\ntrang hai\tcột\r\n", text);
    }

    [Fact]
    public void Ordinary_vietnamese_text_comes_back_as_it_was()
    {
        const string text = "Đồng bằng sông Cửu Long 🌾 — “mùa nước nổi”\n\nCâu thứ hai.";

        Assert.Equal(text, ControlCharacters.Remove(text));
    }

    [Fact]
    public void Yaml_escapes_in_front_matter_cannot_bring_them_back()
    {
        var article = Parse.Markdown("---\ntitle: \"Tin\\a mưa \\e[31mlớn\\uFFFE\"\nauthors: [\"Lê\\x1F Văn\", \"\\x02\"]\ntags: [\"thời\\x7Ftiết\"]\n---\nNội dung.\n");

        Assert.Equal("Tin mưa [31mlớn", article.Title);
        Assert.Equal(["Lê Văn"], article.Authors);
        Assert.Equal(["thờitiết"], article.Tags);
    }
}
