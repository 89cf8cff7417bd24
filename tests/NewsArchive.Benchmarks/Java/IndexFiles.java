// The baseline for index builds: stock Java Lucene 4.10 (the line Lucene.Net 4.8 ports) with StandardAnalyzer,
// indexing the same Markdown files the archive reads: title and body stored and indexed, one thread, the same
// 64 MB buffer. Prints {"docs":N,"seconds":S,"cpuSeconds":C} for the benchmark tool.
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public class IndexFiles {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(Version.LUCENE_4_10_4, new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(256); // as the site's writer
        int docs = 0;
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(new File(args[1])), config);
             Stream<Path> files = Files.walk(Paths.get(args[0]))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md"))::iterator) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                // Front matter: the title line is indexed as the title, the rest of the block is skipped.
                int end = text.indexOf("\n---\n", 4);
                String head = end > 0 ? text.substring(4, end) : "";
                String body = end > 0 ? text.substring(end + 5) : text;
                String title = "";
                for (String line : head.split("\n")) if (line.startsWith("title: ")) title = line.substring(7);
                Document doc = new Document();
                doc.add(new StringField("id", file.toString(), Field.Store.YES));
                doc.add(new TextField("title", title, Field.Store.YES));
                doc.add(new TextField("body", body, Field.Store.YES));
                writer.addDocument(doc);
                docs++;
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        System.out.printf("{\"docs\":%d,\"seconds\":%.2f,\"cpuSeconds\":%.2f}%n", docs, seconds, cpu);
    }
}
