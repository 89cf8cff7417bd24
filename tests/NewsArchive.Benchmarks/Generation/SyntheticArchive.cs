using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsArchive.Benchmarks.Generation;

/// <summary>
/// Writes an archive of N Markdown articles made by recombining real Vietnamese sentences from the evaluation
/// corpus: each article borrows the shape of a corpus article (its paragraph and sentence counts, so sizes follow
/// real news) and fills it with sentences drawn at random from the whole corpus. Dates spread over 2005–2025 in
/// Vietnam time, a few undated; sources, links and tags as real files have them. Never written into the repository.
/// </summary>
internal static partial class SyntheticArchive
{
    private static readonly (string Name, string Domain)[] Sources =
    [
        ("VnExpress", "vnexpress.net"), ("Tuổi Trẻ", "tuoitre.vn"), ("Thanh Niên", "thanhnien.vn"),
        ("Báo An Giang", "baoangiang.com.vn"), ("Dân trí", "dantri.com.vn"), ("Nhân Dân", "nhandan.vn"),
        ("VietnamPlus", "vietnamplus.vn"), ("Người Lao Động", "nld.com.vn"),
    ];

    private static readonly string[] Tags =
    [
        "giáo dục", "y tế", "giao thông", "kinh tế", "thể thao", "bóng đá", "văn hóa", "du lịch", "nông nghiệp",
        "môi trường", "pháp luật", "an ninh", "thời tiết", "biển đảo", "công nghệ", "chứng khoán", "bất động sản",
        "An Giang", "Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Đồng Tháp", "Quốc hội", "xuất khẩu", "lúa gạo",
    ];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> ({yyyy}/{MM}/{n}.md) unless it already holds them.</summary>
    public static void Generate(string corpusPath, int count, string folder, int seed = 20261129)
    {
        var marker = Path.Combine(folder, ".complete");
        if (File.Exists(marker)) return;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var corpus = CorpusShapes.Read(corpusPath);
        var random = new Random(seed);
        var start = new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var span = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)) - start;
        for (var n = 0; n < count; n++)
        {
            var shape = corpus.Shapes[random.Next(corpus.Shapes.Count)];
            DateTimeOffset? date = random.Next(50) == 0 ? null : start + span * ((n + random.NextDouble()) / count);
            var path = date is { } d
                ? Path.Combine(folder, d.ToString("yyyy", CultureInfo.InvariantCulture), d.ToString("MM", CultureInfo.InvariantCulture), $"{n:D7}.md")
                : Path.Combine(folder, "khong-ro-ngay", $"{n:D7}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Article(n, shape, date, corpus.Sentences, random));
        }
        // Hidden, so the archive ignores it: says the folder is whole, so a later run reuses it.
        File.WriteAllText(marker, count.ToString(CultureInfo.InvariantCulture));
    }

    private static string Article(int n, CorpusShapes.Shape shape, DateTimeOffset? date, List<string> sentences, Random random)
    {
        var (name, domain) = Sources[random.Next(Sources.Length)];
        var text = new StringBuilder();
        text.Append("---\ntitle: '").Append(shape.Title.Replace("'", "''", StringComparison.Ordinal)).Append(" (số ").Append(n).Append(")'\n");
        if (date is { } d) text.Append("date: ").Append(d.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("source: ").Append(name).Append('\n');
        text.Append("source_url: https://").Append(domain).Append("/bai-").Append(n).Append(".html\n");
        var tags = Enumerable.Range(0, random.Next(4)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct().ToList();
        if (tags.Count > 0) text.Append("tags: [").AppendJoin(", ", tags).Append("]\n");
        text.Append("---\n");
        foreach (var sentenceCount in shape.Paragraphs)
        {
            for (var s = 0; s < sentenceCount; s++)
                text.Append(s == 0 ? "" : " ").Append(sentences[random.Next(sentences.Count)]);
            text.Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>What is borrowed from the corpus: titles with the paragraph shapes of their articles, and every sentence.</summary>
    private sealed partial class CorpusShapes
    {
        public sealed record Shape(string Title, int[] Paragraphs);

        public List<Shape> Shapes { get; } = [];
        public List<string> Sentences { get; } = [];

        public static CorpusShapes Read(string path)
        {
            var corpus = new CorpusShapes();
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var title = json.RootElement.GetProperty("title").GetString();
                var body = json.RootElement.GetProperty("body").GetString();
                if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body)) continue;
                var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var shape = new List<int>();
                foreach (var paragraph in paragraphs)
                {
                    var parts = SentenceEnd().Split(paragraph).Where(s => s.Length > 0).ToList();
                    corpus.Sentences.AddRange(parts);
                    shape.Add(parts.Count);
                }
                corpus.Shapes.Add(new Shape(title.Trim(), [.. shape]));
            }
            return corpus;
        }

        [GeneratedRegex(@"(?<=[.!?…])\s+")]
        private static partial Regex SentenceEnd();
    }
}
