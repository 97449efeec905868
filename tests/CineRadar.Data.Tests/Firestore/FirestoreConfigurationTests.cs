using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore;
using CineRadar.Data.Firestore.Rest;
using CineRadar.Data.Firestore.Stores;
using CineRadar.Data.Tests.Contract;
using CineRadar.Tools.Firestore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>Choosing Firestore by configuration, and how its requests authenticate: emulator or service account.</summary>
public sealed class FirestoreConfigurationTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    [Fact]
    public async Task ProviderSettingAloneSelectsFirestoreForEveryPort()
    {
        await using var store = NewStore();

        Assert.IsType<FirestoreCatalogStore>(store.Get<ICatalogStore>());
        Assert.IsType<FirestoreTheatreStore>(store.Get<ITheatreStore>());
        Assert.IsType<FirestoreSeatSampleStore>(store.Get<ISeatSampleStore>());
        Assert.IsType<FirestoreAdmissionsStore>(store.Get<IAdmissionsStore>());
        Assert.IsType<FirestoreRunStore>(store.Get<IRunStore>());
        Assert.IsType<FirestoreAlertStore>(store.Get<IAlertStore>());
        Assert.IsType<FirestoreAuditStore>(store.Get<IAuditStore>());
        Assert.IsType<FirestoreTokenStore>(store.Get<ITokenStore>());
        Assert.IsType<FirestoreApiKeyStore>(store.Get<IApiKeyStore>());
        Assert.IsType<FirestoreDataVersionStore>(store.Get<IDataVersionStore>());
        Assert.IsType<FirestoreLeaseStore>(store.Get<ILeaseStore>());
        Assert.IsType<FirestoreCityStore>(store.Get<ICityStore>());
    }

    [Fact]
    public void AMissingProjectIdIsAClearStartupError()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Provider"] = "Firestore" }).Build();
        using var services = new ServiceCollection().AddCineRadarStore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITokenStore>());

        Assert.Contains("Store:Firestore:ProjectId is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmulatorRequestsCarryTheOwnerTokenAndNeverAskGoogleForOne()
    {
        var tokensBefore = Host.Server.TokensIssued;
        await using var store = NewStore();

        await store.Get<IDataVersionStore>().BumpAsync();
        await store.Get<ITokenStore>().GetAsync();

        Assert.NotEmpty(store.Exchanges);
        Assert.All(store.Exchanges, e => Assert.Equal("Bearer owner", e.Authorization));
        Assert.Equal(tokensBefore, Host.Server.TokensIssued);
    }

    [Fact]
    public async Task ServiceAccountTokenIsFetchedOnceAttachedAndNeverLogged()
    {
        var logs = new CapturingLoggerProvider();
        var projectId = $"sa-{Guid.NewGuid():N}";
        using var key = RSA.Create(2048);
        var privateKey = key.ExportPkcs8PrivateKeyPem();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddSingleton<TimeProvider>(Clock)
            .Configure<StoreOptions>(options =>
            {
                options.Provider = StoreProvider.Firestore;
                options.Firestore.ProjectId = projectId;
                options.Firestore.BaseAddress = Host.Server.BaseAddress;
                options.Firestore.CredentialsJson = ServiceAccountJson(projectId, privateKey, new Uri(Host.Server.BaseAddress, LocalFirestoreServer.TokenPath));
            })
            .AddFirestoreStore();
        // Whatever FIRESTORE_EMULATOR_HOST says on this machine, this store is not an emulator's.
        services.AddSingleton(sp => new FirestoreConnection(sp.GetRequiredService<IOptions<StoreOptions>>().Value.Firestore, emulatorHostVariable: null));
        await using var provider = services.BuildServiceProvider();
        var tokensBefore = Host.Server.TokensIssued;

        await provider.GetRequiredService<IDataVersionStore>().BumpAsync();
        await provider.GetRequiredService<IDataVersionStore>().BumpAsync();
        await provider.GetRequiredService<ITokenStore>().GetAsync();

        var exchanges = Host.Server.Exchanges.Where(e => e.Path.Contains(projectId, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, exchanges.Count);
        Assert.Equal(tokensBefore + 1, Host.Server.TokensIssued);
        var bearer = Assert.Single(exchanges.Select(e => e.Authorization).Distinct());
        Assert.StartsWith("Bearer ya29.local-access-token-", bearer, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, line => line.Contains("Sending HTTP request", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("ya29.", StringComparison.Ordinal) || line.Contains("PRIVATE KEY", StringComparison.Ordinal));
    }

    private static string ServiceAccountJson(string projectId, string privateKey, Uri tokenUri) => new JsonObject
    {
        ["type"] = "service_account",
        ["project_id"] = projectId,
        ["private_key_id"] = "test-key-1",
        ["private_key"] = privateKey,
        ["client_email"] = $"cineradar@{projectId}.iam.gserviceaccount.com",
        ["client_id"] = "100000000000000000001",
        ["token_uri"] = tokenUri.ToString(),
    }.ToJsonString();
}
