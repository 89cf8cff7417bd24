using NewsArchive.Content.Articles;
using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Operations;

/// <summary>A few hundred short dated articles, each with a slug and a word of its own, for tests of the whole process.</summary>
public static class ManyArticles
{
    private static readonly string[] Provinces =
    [
        "An Giang", "Bạc Liêu", "Bến Tre", "Cà Mau", "Cần Thơ", "Đồng Tháp", "Hậu Giang", "Kiên Giang", "Long An", "Sóc Trăng",
        "Tiền Giang", "Trà Vinh", "Vĩnh Long", "Đắk Lắk", "Lâm Đồng", "Khánh Hòa", "Quảng Nam", "Thừa Thiên Huế", "Nghệ An", "Thái Bình",
    ];

    public static string Title(int i) => $"Bản tin {Provinces[i % Provinces.Length]} số {i}";

    public static string Slug(int i) => Content.Articles.Slug.FromTitle(Title(i));

    /// <summary>Writes articles number <paramref name="from"/> to <paramref name="count"/> - 1.</summary>
    public static void WriteTo(TempFolder folder, int count, int from = 0)
    {
        for (var i = from; i < count; i++)
        {
            var day = new DateOnly(2023, 1, 1).AddDays(i);
            folder.Write($"{day:yyyy}/{day:MM}/ban-tin-{i:0000}.md", $"""
                ---
                title: {Title(i)}
                date: {day:yyyy-MM-dd}
                source: Báo Nông thôn
                ---
                Sáng nay tại {Provinces[i % Provinces.Length]}, bà con nông dân thu hoạch lúa và chuẩn bị vụ mới. Bản tin thứ {i}.

                Giá lúa tăng nhẹ so với tuần trước, thương lái thu mua tại ruộng.
                """);
        }
    }
}
