using BenchmarkDotNet.Attributes;
using NewsArchive.Search.Querying;

namespace NewsArchive.Benchmarks.Micro;

/// <summary>Reading what a reader typed and building the Lucene query for it, for the kinds of query readers type.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    [Params("hòa bình", "ban chi dao tinh an giang", "\"nông nghiệp\" -lúa", "vieetj nam ddaij thawngs")]
    public string Typed { get; set; } = "";

    private readonly SearchRequest _request = new() { From = new DateOnly(2020, 1, 1), Source = "bao-an-giang" };

    [Benchmark(Description = "parse and build the query")]
    public object Build() => QueryBuilder.Build(QueryText.Parse(Typed), _request);
}
