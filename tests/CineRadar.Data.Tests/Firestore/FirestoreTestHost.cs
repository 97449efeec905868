using CineRadar.Data.Firestore.Rest;
using CineRadar.Data.Tests.Firestore.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// Where the Firestore tests keep their documents: the in-test server, or a real Firestore emulator when
/// <c>FIRESTORE_EMULATOR_HOST</c> is set for the run. Every store gets its own project id, so stores never see each
/// other's documents on either.
/// </summary>
public sealed class FirestoreTestHost : IAsyncLifetime
{
    private static readonly string? EmulatorHost = Environment.GetEnvironmentVariable(FirestoreConnection.EmulatorHostVariable);

    internal FakeFirestoreServer? Server { get; private set; }

    /// <summary>The host the stores talk to: the emulator's, or the in-test server's.</summary>
    public string Host => EmulatorHost ?? Server!.Host;

    public async Task InitializeAsync() => Server = string.IsNullOrWhiteSpace(EmulatorHost) ? await FakeFirestoreServer.StartAsync() : null;

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>A store with every port on Firestore, chosen by configuration alone as the services choose it.</summary>
    public ServiceProvider CreateStore(TimeProvider clock, string? projectId = null) => CreateStore(clock, Host, projectId);

    internal static ServiceProvider CreateStore(TimeProvider clock, string host, string? projectId = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = "Firestore",
                ["Store:Firestore:ProjectId"] = projectId ?? $"cineradar-test-{Guid.NewGuid():N}",
                ["Store:Firestore:EmulatorHost"] = host,
            })
            .Build();
        return new ServiceCollection()
            .AddSingleton(clock)
            .AddCineRadarStore(configuration)
            .BuildServiceProvider();
    }
}
