using NewsArchive.Content.Articles;

namespace NewsArchive.Content.Tests.Articles;

/// <summary>Article URLs made from Vietnamese titles.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Đà Nẵng đón đoàn khách đầu năm", "da-nang-don-doan-khach-dau-nam")]
    [InlineData("ĐỒNG BẰNG SÔNG CỬU LONG", "dong-bang-song-cuu-long")]
    [InlineData("Phở bò Nam Định", "pho-bo-nam-dinh")]
    [InlineData("Ưu tiên người cao tuổi ở Ơn Thành", "uu-tien-nguoi-cao-tuoi-o-on-thanh")]
    [InlineData("Thủ tướng: “Không để ai bị bỏ lại phía sau!”", "thu-tuong-khong-de-ai-bi-bo-lai-phia-sau")]
    [InlineData("Giá xăng giảm 1.200 đồng/lít từ 15h chiều nay", "gia-xang-giam-1-200-dong-lit-tu-15h-chieu-nay")]
    [InlineData("  COVID-19 -- (cập nhật)  ", "covid-19-cap-nhat")]
    public void Titles_become_lowercase_ascii_words_joined_by_hyphens(string title, string expected)
    {
        Assert.Equal(expected, Slug.FromTitle(title));
    }

    [Fact]
    public void D_with_stroke_becomes_d_in_both_cases()
    {
        Assert.Equal("dd-d-d", Slug.FromTitle("Đđ đ Đ"));
    }

    [Fact]
    public void Composed_and_decomposed_titles_give_the_same_slug()
    {
        const string title = "Tiếp tục phát huy vai trò Ban Chỉ đạo 35";

        Assert.Equal(Slug.FromTitle(title), Slug.FromTitle(title.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary_within_80_characters()
    {
        const string title = "Hội nghị tổng kết công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch năm 2023";
        var full = "hoi-nghi-tong-ket-cong-tac-bao-ve-nen-tang-tu-tuong-cua-dang-dau-tranh-phan-bac-cac-quan-diem-sai-trai-thu-dich-nam-2023";

        var slug = Slug.FromTitle(title);

        Assert.InRange(slug.Length, 60, Slug.MaxLength);
        Assert.StartsWith(slug, full, StringComparison.Ordinal);
        Assert.Equal('-', full[slug.Length]);
        Assert.Equal("hoi-nghi-tong-ket-cong-tac-bao-ve-nen-tang-tu-tuong-cua-dang-dau-tranh-phan-bac", slug);
    }

    [Fact]
    public void A_single_word_longer_than_the_limit_is_cut_rather_than_lost()
    {
        var slug = Slug.FromTitle(new string('a', 200));

        Assert.Equal(new string('a', Slug.MaxLength), slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? … – “”")]
    [InlineData("北京")]
    public void A_title_without_letters_or_digits_still_gets_a_usable_slug(string title)
    {
        var slug = Slug.FromTitle(title);

        Assert.False(string.IsNullOrWhiteSpace(slug));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
    }
}
