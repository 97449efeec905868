using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CineRadar.Data.Firestore;
using CineRadar.Data.Firestore.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// <c>cineradar store indexes</c>'s requests, held against Firestore's admin REST reference: a composite index is
/// <c>POST /v1/{database}/collectionGroups/{group}/indexes</c> with the index as body, an exemption is
/// <c>PATCH /v1/{database}/collectionGroups/{group}/fields/{field}?updateMask=indexConfig</c> with no indexes.
/// </summary>
public sealed class FirestoreIndexDeploymentTests
{
    private const string Database = "/v1/projects/cineradar-prod/databases/(default)";

    [Fact]
    public async Task TheRepositorysFileBecomesOneCreatePerIndexAndOnePatchPerExemption()
    {
        var admin = new RecordingAdmin(_ => (HttpStatusCode.OK, """{"name":"projects/cineradar-prod/databases/(default)/operations/x"}"""));
        var lines = new List<string>();

        await Deployment(admin).DeployAsync(await DeployedFileAsync(), Collect(lines), CancellationToken.None);

        var file = JsonNode.Parse(await DeployedFileAsync())!;
        var indexes = file["indexes"]!.AsArray();
        var overrides = file["fieldOverrides"]!.AsArray();
        Assert.Equal(indexes.Count + overrides.Count, admin.Requests.Count);
        Assert.Equal(indexes.Count + overrides.Count, lines.Count);
        foreach (var (index, request) in indexes.Zip(admin.Requests))
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal($"{Database}/collectionGroups/{index!["collectionGroup"]}/indexes", request.PathAndQuery);
            var expected = new JsonObject { ["queryScope"] = "COLLECTION", ["fields"] = index["fields"]!.DeepClone() };
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
        }

        foreach (var (exemption, request) in overrides.Zip(admin.Requests.Skip(indexes.Count)))
        {
            Assert.Equal("PATCH", request.Method);
            Assert.Equal(
                $"{Database}/collectionGroups/{exemption!["collectionGroup"]}/fields/{exemption["fieldPath"]}?updateMask=indexConfig",
                request.PathAndQuery);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"indexConfig":{"indexes":[]}}"""), JsonNode.Parse(request.Body)), request.Body);
        }

        Assert.Contains("scraper_runs (status ASCENDING, created_at ASCENDING): created (Firestore builds it now)", lines);
        Assert.Contains("movies.cities: exempt from single-field indexes", lines);
    }

    [Fact]
    public async Task AnIndexTheDatabaseHasIsReportedAndTheRestStillDeployed()
    {
        var admin = new RecordingAdmin(request => request.PathAndQuery.Contains("/alerts/", StringComparison.Ordinal)
            ? (HttpStatusCode.Conflict, """{"error":{"code":409,"message":"index already exists","status":"ALREADY_EXISTS"}}""")
            : (HttpStatusCode.OK, "{}"));
        var lines = new List<string>();

        await Deployment(admin).DeployAsync(await DeployedFileAsync(), Collect(lines), CancellationToken.None);

        Assert.Contains("alerts (active ASCENDING, last_raised_at DESCENDING): exists", lines);
        Assert.Contains(admin.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task ARefusalStopsTheDeploymentWithGooglesWords()
    {
        var admin = new RecordingAdmin(_ =>
            (HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}"""));

        var file = await DeployedFileAsync();

        var refused = await Assert.ThrowsAsync<FirestoreRequestException>(() =>
            Deployment(admin).DeployAsync(file, _ => Task.CompletedTask, CancellationToken.None));

        Assert.Equal("PERMISSION_DENIED", refused.Status);
        Assert.Contains("The caller does not have permission", refused.Message, StringComparison.Ordinal);
        Assert.Single(admin.Requests);
    }

    [Theory]
    [InlineData("""{"indexes":[{"collectionGroup":"alerts","fields":[{"fieldPath":"tags","arrayConfig":"CONTAINS"},{"fieldPath":"at","order":"ASCENDING"}]}]}""", "tags")]
    [InlineData("""{"indexes":[{"collectionGroup":"alerts","fields":[{"fieldPath":"at","order":"ASCENDING"}]}]}""", "fewer than two fields")]
    [InlineData("""{"fieldOverrides":[{"collectionGroup":"movies","fieldPath":"cities","indexes":[{"order":"ASCENDING"}]}]}""", "movies.cities")]
    [InlineData("""{"indexes":[{"fields":[]}]}""", "collectionGroup")]
    [InlineData("""[1, 2]""", "JSON object")]
    public async Task AFileCineRadarCannotDeployIsRefusedBeforeAnyRequest(string file, string named)
    {
        var admin = new RecordingAdmin(_ => (HttpStatusCode.OK, "{}"));

        var refused = await Assert.ThrowsAsync<FormatException>(() => Deployment(admin).DeployAsync(file, _ => Task.CompletedTask, CancellationToken.None));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Empty(admin.Requests);
    }

    private static Func<string, Task> Collect(List<string> lines) => line =>
    {
        lines.Add(line);
        return Task.CompletedTask;
    };

    private static Task<string> DeployedFileAsync() => File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "firestore.indexes.json"));

    private static FirestoreIndexDeployment Deployment(RecordingAdmin admin)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = "Firestore",
                ["Store:Firestore:ProjectId"] = "cineradar-prod",
                ["Store:Firestore:EmulatorHost"] = "firestore.invalid:8080",
            })
            .Build();
        var services = new ServiceCollection()
            .AddCineRadarStore(configuration)
            .ConfigureAll<HttpClientFactoryOptions>(options => options.HttpMessageHandlerBuilderActions.Add(handlers => handlers.PrimaryHandler = admin));
        return services.BuildServiceProvider().GetRequiredService<FirestoreIndexDeployment>();
    }

    private sealed record Request(string Method, string PathAndQuery, string Body);

    /// <summary>Stands for Firestore's admin API: records each request and answers it.</summary>
    private sealed class RecordingAdmin(Func<Request, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
    {
        public List<Request> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var recorded = new Request(
                request.Method.Method,
                Uri.UnescapeDataString(request.RequestUri!.PathAndQuery),
                request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            Requests.Add(recorded);
            var (status, body) = answer(recorded);
            return new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
