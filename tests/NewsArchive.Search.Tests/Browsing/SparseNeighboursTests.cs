using NewsArchive.Search.Tests.Support;

namespace NewsArchive.Search.Tests.Browsing;

/// <summary>
/// Previous and next across gaps: neighbours are looked for in widening windows of days first, so the next article
/// a day, a season, years or a lifetime away, and one across Vietnam's midnight, must all be found.
/// </summary>
public sealed class SparseNeighboursTests : IDisposable
{
    private readonly TestArchive _archive = new();

    // In time order; the gaps grow past each window (7, 100 and 1,000 days) and the last is past all of them.
    private static readonly (string Slug, string Date)[] InOrder =
    [
        ("mot", "1975-04-30T11:30:00+07:00"),
        ("hai", "1975-05-02T08:00:00+07:00"),
        ("ba", "1975-11-20T08:00:00+07:00"),
        ("bon", "1979-01-07T08:00:00+07:00"),
        ("nam", "2024-01-31T23:30:00+07:00"),
        ("sau", "2024-01-31T17:30:00Z"),
        ("bay", "2024-02-01T01:00:00+07:00"),
    ];

    public SparseNeighboursTests()
    {
        foreach (var (slug, date) in InOrder)
            _archive.Write($"{slug}.md", $"---\ntitle: Bài {slug}\nslug: {slug}\ndate: {date}\n---\nBài {slug} trong kho.\n");
        _archive.SyncAll();
    }

    [Fact]
    public void Every_article_links_to_the_one_just_before_and_after_it_however_far()
    {
        for (var at = 0; at < InOrder.Length; at++)
        {
            var (previous, next) = _archive.Search.Neighbours(_archive.Search.FindBySlug(InOrder[at].Slug)!);

            Assert.Equal(at == 0 ? null : InOrder[at - 1].Slug, previous?.Slug);
            Assert.Equal(at == InOrder.Length - 1 ? null : InOrder[at + 1].Slug, next?.Slug);
        }
    }

    public void Dispose() => _archive.Dispose();
}
