using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CineRadar.EndToEnd.Tests;

/// <summary>The whole AppHost, started once for every test of the collection, on its own SQLite file.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public static readonly string[] ResourceNames = ["cache", "tix-sandbox", "api", "scraper", "admin", "public"];

    /// <summary>The AppHost's secret parameters, fixed for the tests: the Admin's "admin" operator and the service keys.</summary>
    public const string AdminPassword = "e2e-admin-password-2026";
    public const string AdminApiKey = "e2eAdminServiceKey0123456789abcdef";
    public const string PublicApiKey = "e2ePublicServiceKey0123456789abcde";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cineradar-e2e-").FullName;

    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CineRadar_AppHost>(
            [
                $"--Store:Sqlite:Path={Path.Combine(_dataDirectory, "cineradar.db")}",
                $"--Parameters:admin-password={AdminPassword}",
                $"--Parameters:admin-api-key={AdminApiKey}",
                $"--Parameters:public-api-key={PublicApiKey}",
                // A drifted TIX contract (city list, movie list, "show has started" elsewhere): every flow, "Run now"
                // included, runs on what the scraper learns from the app, never on a guess the sandbox shares.
                "--Sandbox:Contract:Seed=5",
            ],
            timeout.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        // The store starts empty and stays so until a test queues runs: no national catch-up sweep at start, and no
        // re-sweep slot of the day queues runs of its own whatever the time of the test run. New theatres are geocoded
        // (against the sandbox) within seconds rather than the production ten minutes.
        builder.CreateResourceBuilder<ProjectResource>("scraper")
            .WithEnvironment("Sweep__CatchUpOnStart", "false")
            .WithEnvironment("Sweep__ResweepAt", "")
            .WithEnvironment("Geocoder__Interval", "00:00:05");
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
    }

    /// <summary>The base address of a resource's HTTP endpoint, for a browser.</summary>
    public Uri Endpoint(string resource) => App.GetEndpoint(resource, "http");

    /// <summary>A client of the Api with a service key: the Admin's (admin calls as operator "admin") or the Public site's.</summary>
    public HttpClient Api(bool admin = false)
    {
        var http = App.CreateHttpClient("api");
        http.DefaultRequestHeaders.Add("X-Api-Key", admin ? AdminApiKey : PublicApiKey);
        if (admin)
        {
            http.DefaultRequestHeaders.Add("X-CineRadar-User", "admin");
            http.DefaultRequestHeaders.Add("X-CineRadar-Role", "operator");
        }

        return http;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class WholeSystem : ICollectionFixture<SystemFixture>
{
    public const string Name = "Whole system";
}
