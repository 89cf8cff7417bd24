using System.Diagnostics;
using System.Text.Json;

namespace NewsArchive.Benchmarks.Java;

/// <summary>Compiles and runs IndexFiles.java against Debian's Lucene 4.10 jars (<c>apt-get install liblucene4.10-java</c>).</summary>
internal static class JavaLuceneBaseline
{
    private const string Jars = "/usr/share/java";
    private static readonly string[] Needed = ["lucene-core-4.10.4.jar", "lucene-analyzers-common-4.10.4.jar"];

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public sealed record Result(int Docs, double Seconds, double CpuSeconds);

    /// <summary>Why the baseline cannot run here, or null when it can.</summary>
    public static string? Missing() =>
        Needed.FirstOrDefault(jar => !File.Exists(Path.Combine(Jars, jar))) is { } jar ? $"{Jars}/{jar} (apt-get install liblucene4.10-java)"
        : Which("javac") ? null : "javac (a JDK)";

    public static Result Run(string contentPath, string work)
    {
        var classes = Path.Combine(work, "java-classes");
        Directory.CreateDirectory(classes);
        var classPath = string.Join(':', Needed.Select(jar => Path.Combine(Jars, jar)));
        var source = Path.Combine(AppContext.BaseDirectory, "Java", "IndexFiles.java");
        Execute("javac", ["-cp", classPath, "-d", classes, source]);
        var index = Path.Combine(work, "java-index");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        var output = Execute("java", ["-Xmx4g", "-cp", $"{classPath}:{classes}", "IndexFiles", contentPath, index]);
        return JsonSerializer.Deserialize<Result>(output.Trim().Split('\n')[^1], WebJson)!;
    }

    private static string Execute(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed with code {process.ExitCode}");
        return output;
    }

    private static bool Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
