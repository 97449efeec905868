using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CineRadar.EndToEnd.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CineRadar.EndToEnd.Tests.ProductionShape;

/// <summary>
/// The AppHost in its production shape (<c>Deployment:Shape=Production</c>): two replicas each of the Api, the Scraper
/// and the Admin, on Firestore (the local Firestore host, which refuses any query firestore.indexes.json does not
/// cover), with Redis and the TIX sandbox. Once started, a national sweep is queued through the Api and awaited.
/// </summary>
public sealed class ProductionShapeFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The leader leases' length here: a killed leader is replaced within about 1.5 times it.</summary>
    public static readonly TimeSpan LeaderLease = TimeSpan.FromSeconds(20);

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The national sweep both scrapers shared, as the Api recorded it when it ended.</summary>
    public JsonElement NationalRun { get; private set; }

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CineRadar_AppHost>(
            [
                "--Deployment:Shape=Production",
                $"--Parameters:admin-password={SystemFixture.AdminPassword}",
                $"--Parameters:admin-api-key={SystemFixture.AdminApiKey}",
                $"--Parameters:public-api-key={SystemFixture.PublicApiKey}",
            ],
            timeout.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        // No catch-up sweep at start (the test queues the one it measures) and no re-sweeps of the day's own; a national
        // sweep at a budget the sandbox serves in about a minute; leader leases short enough for a takeover within the test.
        builder.CreateResourceBuilder<ProjectResource>("scraper")
            .WithEnvironment("Sweep__CatchUpOnStart", "false")
            .WithEnvironment("Sweep__ResweepAt", "")
            .WithEnvironment("Tix__RequestsPerSecond", "20")
            .WithEnvironment("Sampling__LeaderLeaseDuration", LeaderLease.ToString("c"));
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        foreach (var resource in new[] { "firestore", "api", "scraper", "admin" })
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        using var admin = Api(admin: true);
        NationalRun = await ApiRuns.RunAsync(admin, new { kind = "schedules" });
    }

    /// <summary>A resource's one HTTP address, which spreads connections over its replicas.</summary>
    public Uri Endpoint(string resource) => App.GetEndpoint(resource, "http");

    /// <summary>A client of the Api (through its one address, which spreads requests over the replicas) with a service key.</summary>
    public HttpClient Api(bool admin = false)
    {
        var http = App.CreateHttpClient("api");
        http.DefaultRequestHeaders.Add("X-Api-Key", admin ? SystemFixture.AdminApiKey : SystemFixture.PublicApiKey);
        if (admin)
        {
            http.DefaultRequestHeaders.Add("X-CineRadar-User", "admin");
            http.DefaultRequestHeaders.Add("X-CineRadar-Role", "operator");
        }

        return http;
    }

    /// <summary>The local Firestore host's documents under the services' project.</summary>
    public Uri FirestoreDocuments =>
        new(Endpoint("firestore"), "v1/projects/cineradar-dev/databases/(default)/documents/");

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ProductionShapeSystem : ICollectionFixture<ProductionShapeFixture>
{
    public const string Name = "Production shape";
}
