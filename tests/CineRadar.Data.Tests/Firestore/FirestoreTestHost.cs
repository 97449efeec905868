using System.Text.Json.Nodes;
using CineRadar.Data.Firestore.Rest;
using CineRadar.Tools.Firestore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// Where the Firestore tests keep their documents. The contract suite runs on a real Firestore emulator when
/// <c>FIRESTORE_EMULATOR_HOST</c> is set for the run, and on the in-test server otherwise; the Firestore-specific
/// tests always use the in-test server, whose requests and documents they inspect. Every store gets its own project
/// id, so stores never see each other's documents. The in-test server has the indexes of the repository's
/// <c>firestore.indexes.json</c> and refuses, as Firestore does, a query none of them serves: every query the adapter
/// makes in the tests is thereby checked against the file a real project deploys.
/// </summary>
public sealed class FirestoreTestHost : IAsyncLifetime
{
    private static readonly string? EmulatorHost = Environment.GetEnvironmentVariable(FirestoreConnection.EmulatorHostVariable);

    internal LocalFirestoreServer Server { get; private set; } = null!;

    internal static FirestoreIndexes DeployedIndexes => FirestoreIndexes.Load(Path.Combine(AppContext.BaseDirectory, "firestore.indexes.json"));

    public async Task InitializeAsync() => Server = await LocalFirestoreServer.StartAsync(DeployedIndexes);

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A store for the contract suite: on the emulator when one is named, else on the in-test server.</summary>
    public ServiceProvider CreateStore(TimeProvider clock) =>
        CreateStore(clock, string.IsNullOrWhiteSpace(EmulatorHost) ? Server.Host : EmulatorHost, NewProjectId());

    /// <summary>A store on the in-test server, with what a test needs to look at its documents and requests.</summary>
    /// <param name="projectId">Another store's project, to have two processes share one database.</param>
    /// <param name="settings">More configuration, as the services would have it (<c>Tix:DisplayTimeZone</c>, say).</param>
    internal FakeStore CreateFakeStore(TimeProvider clock, string? projectId = null, IDictionary<string, string?>? settings = null)
    {
        projectId ??= NewProjectId();
        return new FakeStore(CreateStore(clock, Server.Host, projectId, settings), Server, projectId);
    }

    /// <summary>A store on another in-test server (one with other indexes, say).</summary>
    internal static FakeStore StoreOn(LocalFirestoreServer server, TimeProvider clock, string? projectId = null)
    {
        projectId ??= NewProjectId();
        return new FakeStore(CreateStore(clock, server.Host, projectId), server, projectId);
    }

    /// <summary>Every port on Firestore, chosen by configuration alone as the services choose it.</summary>
    private static ServiceProvider CreateStore(TimeProvider clock, string host, string projectId, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = "Firestore",
                ["Store:Firestore:ProjectId"] = projectId,
                ["Store:Firestore:EmulatorHost"] = host,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        return new ServiceCollection()
            .AddSingleton(clock)
            .AddCineRadarStore(configuration)
            .BuildServiceProvider();
    }

    private static string NewProjectId() => $"cineradar-test-{Guid.NewGuid():N}";
}

/// <summary>A store on the in-test server and the means to look behind it.</summary>
internal sealed record FakeStore(ServiceProvider Services, LocalFirestoreServer Server, string ProjectId) : IAsyncDisposable
{
    public string Documents => $"projects/{ProjectId}/databases/(default)/documents";

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A stored document's fields as JSON, by its path below <c>documents/</c>.</summary>
    public JsonObject? Fields(string path) => Server.Database.Get($"{Documents}/{path}")?.Fields;

    /// <summary>The requests this store sent, oldest first.</summary>
    public IReadOnlyList<LocalFirestoreServer.Exchange> Exchanges =>
        Server.Exchanges.Where(e => e.Path.Contains($"/projects/{ProjectId}/", StringComparison.Ordinal)).ToList();

    /// <summary>The writes of every commit this store asked for, accepted or not.</summary>
    public IReadOnlyList<JsonArray> CommitRequests =>
        Exchanges.Where(e => e.Path.EndsWith(":commit", StringComparison.Ordinal)).Select(e => (JsonArray)JsonNode.Parse(e.RequestBody!)!["writes"]!).ToList();

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
