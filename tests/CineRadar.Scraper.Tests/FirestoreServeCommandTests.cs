using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// <c>cineradar-dev firestore serve</c> as a developer runs it: it prints where it listens and the settings that point
/// a service at it; the deployed <c>cineradar</c> then keeps its store there by configuration alone; and a query that
/// <c>firestore.indexes.json</c> does not cover is refused as Firestore refuses it.
/// </summary>
public sealed partial class FirestoreServeCommandTests : IAsyncLifetime
{
    private static readonly string Indexes = Path.Combine(
        typeof(FirestoreServeCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "firestore.indexes.json");

    private Process _server = null!;
    private string _settings = "";

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet", [CliBinary.Dev.Path, "firestore", "serve", "--port", "0", "--indexes", Indexes, "--project", "cineradar-local"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _server = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await _server.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("Services: ", StringComparison.Ordinal))
            {
                _settings = line["Services: ".Length..];
                return;
            }
        }

        throw new InvalidOperationException($"firestore serve ended without printing its settings: {await _server.StandardError.ReadToEndAsync()}");
    }

    public Task DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        _server.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DeployedCommandKeepsItsStoreOnTheLocalFirestoreBySettingsAlone()
    {
        var environment = _settings.Split(' ').Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => s[1]);
        Assert.Equal(("Firestore", "cineradar-local"), (environment["Store__Provider"], environment["Store__Firestore__ProjectId"]));

        var created = await CliProcess.RunAsync(environment, "keys", "create", "--name", "Studio Lokal");
        var listed = await CliProcess.RunAsync(environment, "keys", "list");

        Assert.True(created.ExitCode == 0, created.Error);
        var id = KeyId().Match(created.Output).Groups[1].Value;
        Assert.Contains($"{id} ", listed.Output, StringComparison.Ordinal);
        Assert.Contains("Studio Lokal (b2b", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryTheIndexesDoNotCoverIsRefusedWithFailedPrecondition()
    {
        var host = _settings.Split(' ').Single(s => s.StartsWith("Store__Firestore__EmulatorHost=", StringComparison.Ordinal)).Split('=')[1];
        using var client = new HttpClient { BaseAddress = new Uri($"http://{host}/") };
        var query = JsonNode.Parse("""
            {"structuredQuery": {
              "from": [{"collectionId": "alerts"}],
              "where": {"fieldFilter": {"field": {"fieldPath": "active"}, "op": "EQUAL", "value": {"booleanValue": true}}},
              "orderBy": [{"field": {"fieldPath": "first_raised_at"}, "direction": "DESCENDING"}]}}
            """);

        using var response = await client.PostAsJsonAsync("v1/projects/cineradar-local/databases/(default)/documents:runQuery", query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;
        Assert.Equal("FAILED_PRECONDITION", error["status"]!.GetValue<string>());
    }

    [GeneratedRegex(@"^(key_\w+) Studio Lokal: ", RegexOptions.Multiline)]
    private static partial Regex KeyId();
}
