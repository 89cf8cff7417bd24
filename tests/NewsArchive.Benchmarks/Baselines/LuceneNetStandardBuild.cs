using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsArchive.Benchmarks.Baselines;

/// <summary>
/// Java's baseline (IndexFiles.java) done with Lucene.Net: the same files, fields, analyzer, buffer and single thread.
/// Set beside the Java figure it separates what the port costs from what the archive's richer analysis costs.
/// </summary>
internal static class LuceneNetStandardBuild
{
    public sealed record Result(int Docs, double Seconds, double CpuSeconds);

    public static Result Run(string contentPath, string indexPath)
    {
        if (System.IO.Directory.Exists(indexPath)) System.IO.Directory.Delete(indexPath, recursive: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = NewsArchive.Search.Indexing.ArchiveIndex.IndexBufferMB, // as the site's writer
        };
        var docs = 0;
        using (var directory = FSDirectory.Open(indexPath))
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(contentPath, "*.md", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                // Front matter: the title line is indexed as the title, the rest of the block is skipped.
                var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                var head = end > 0 ? text[4..end] : "";
                var body = end > 0 ? text[(end + 5)..] : text;
                var title = head.Split('\n').LastOrDefault(line => line.StartsWith("title: ", StringComparison.Ordinal))?[7..] ?? "";
                writer.AddDocument(new Document
                {
                    new StringField("id", file, Field.Store.YES),
                    new TextField("title", title, Field.Store.YES),
                    new TextField("body", body, Field.Store.YES),
                });
                docs++;
            }
            writer.Commit();
        }
        return new Result(docs, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
