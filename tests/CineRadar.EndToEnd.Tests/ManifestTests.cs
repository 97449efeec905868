using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace CineRadar.EndToEnd.Tests;

public sealed class ManifestTests
{
    [Fact]
    public async Task PublishManifestListsEveryServiceAndTheRedisContainerButNotTheSandbox()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("cineradar-manifest-").FullName, "manifest.json");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CineRadar_AppHost>(
            ["--publisher", "manifest", "--output-path", output], timeout.Token);
        await using var app = await builder.BuildAsync(timeout.Token);

        await app.RunAsync(timeout.Token);

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(output, timeout.Token));
        var resources = manifest.RootElement.GetProperty("resources");
        foreach (var service in new[] { "api", "scraper", "admin", "public" })
        {
            Assert.Equal("project.v0", resources.GetProperty(service).GetProperty("type").GetString());
        }

        Assert.StartsWith("container.", resources.GetProperty("cache").GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(resources.TryGetProperty("tix-sandbox", out _));
    }
}
