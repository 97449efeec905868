using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace CineRadar.EndToEnd.Tests;

/// <summary>The publish manifest azd deploys: what it holds decides what runs in the cloud.</summary>
public sealed class ManifestTests(PublishedManifest manifest) : IClassFixture<PublishedManifest>
{
    private static readonly string[] Services = ["api", "scraper", "admin", "public"];

    [Fact]
    public void ScraperIsBuiltFromItsDockerfileAtTheRepositoryRoot()
    {
        var (resources, outputDirectory) = (manifest.Resources, manifest.OutputDirectory);

        var scraper = resources.GetProperty("scraper");
        Assert.Equal("container.v1", scraper.GetProperty("type").GetString());
        var build = scraper.GetProperty("build");
        var repository = Support.RepositoryRoot.Path;
        Assert.Equal(repository, Path.GetFullPath(Path.Combine(outputDirectory, build.GetProperty("context").GetString()!)));
        Assert.Equal(
            Path.Combine(repository, "CineRadar.Scraper", "Dockerfile"),
            Path.GetFullPath(Path.Combine(outputDirectory, build.GetProperty("dockerfile").GetString()!)));
        Assert.Equal(8080, scraper.GetProperty("bindings").GetProperty("http").GetProperty("targetPort").GetInt32());
    }

    [Fact]
    public void ApiAndScraperShareFirestoreFromParametersWithTheCredentialsSecret()
    {
        var resources = manifest.Resources;

        Assert.Equal("parameter.v0", resources.GetProperty("firestore-project").GetProperty("type").GetString());
        var credentials = resources.GetProperty("firestore-credentials");
        Assert.True(credentials.GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());
        foreach (var service in new[] { "api", "scraper" })
        {
            var env = resources.GetProperty(service).GetProperty("env");
            Assert.Equal("Firestore", env.GetProperty("Store__Provider").GetString());
            Assert.Equal("{firestore-project.value}", env.GetProperty("Store__Firestore__ProjectId").GetString());
            Assert.Equal("{firestore-credentials.value}", env.GetProperty("Store__Firestore__CredentialsJson").GetString());
        }
    }

    [Fact]
    public void NoSqlitePathAndNoSandboxAnywhere()
    {
        var resources = manifest.Resources;
        var text = resources.GetRawText();

        Assert.DoesNotContain("Sqlite", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".db\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("tix", resources.GetProperty("scraper").GetProperty("env").GetProperty("Tix__Source").GetString());
    }

    [Fact]
    public void ApiAdminAndPublicFaceOutsideAndRedisIsPresent()
    {
        var resources = manifest.Resources;

        foreach (var service in new[] { "api", "admin", "public" })
        {
            var bindings = resources.GetProperty(service).GetProperty("bindings");
            Assert.True(bindings.GetProperty("http").GetProperty("external").GetBoolean(), $"{service} is not external");
        }

        Assert.False(resources.GetProperty("scraper").GetProperty("bindings").GetProperty("http").TryGetProperty("external", out _));
        foreach (var service in Services)
        {
            Assert.True(resources.TryGetProperty(service, out _), $"{service} is missing");
        }

        var cache = resources.GetProperty("cache");
        Assert.StartsWith("container.", cache.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("docker.io/library/redis:", cache.GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.Equal("{cache.connectionString}", resources.GetProperty("api").GetProperty("env").GetProperty("ConnectionStrings__cache").GetString());
    }

    [Fact]
    public async Task PublishingASqliteStoreIsRefused()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("cineradar-manifest-").FullName, "manifest.json");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CineRadar_AppHost>(
                ["--publisher", "manifest", "--output-path", output, "--Store:Provider=Sqlite"], timeout.Token);
            await using var app = await builder.BuildAsync(timeout.Token);
            await app.RunAsync(timeout.Token);
        });

        Assert.Contains("does not publish a SQLite store", failure.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}

/// <summary>The manifest the AppHost publishes with its defaults, written once for the tests that read it.</summary>
public sealed class PublishedManifest : IAsyncLifetime
{
    public JsonElement Resources { get; private set; }

    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("cineradar-manifest-").FullName;

    public async Task InitializeAsync()
    {
        var output = Path.Combine(OutputDirectory, "manifest.json");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CineRadar_AppHost>(
            ["--publisher", "manifest", "--output-path", output], timeout.Token);
        await using (var app = await builder.BuildAsync(timeout.Token))
        {
            await app.RunAsync(timeout.Token);
        }

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(output, timeout.Token));
        Resources = manifest.RootElement.GetProperty("resources").Clone();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
