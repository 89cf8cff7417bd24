using NewsArchive.Web.Tests.Support;

namespace NewsArchive.Web.Tests.Deployment;

/// <summary>
/// Images cannot be built on the test machines, so the Dockerfile is held to what the published app needs: every
/// project restored before the sources are copied (a project it forgot would fail the image build), the base image's
/// port setting, a health check, a non-root user.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    private static int LineOf(string start) => Array.FindIndex(Lines, line => line.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Every_project_of_the_site_is_restored_before_the_sources_are_copied()
    {
        var restore = LineOf("RUN dotnet restore");
        var sources = LineOf("COPY src/ src/");
        Assert.InRange(restore, 0, sources);

        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'));
        foreach (var project in projects)
            Assert.Contains(Lines[..restore], line => line.StartsWith($"COPY {project} ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_image_listens_as_the_base_image_does_checks_its_health_and_runs_unprivileged()
    {
        var text = string.Join('\n', Lines);

        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", text);
        Assert.DoesNotContain("ASPNETCORE_URLS=", text);
        Assert.Contains(Lines, line => line.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Contains("GET /health", text);
        Assert.Contains("USER $APP_UID", text);
        Assert.Contains("/srv/content:ro", text);
    }
}
