using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Rest;
using CineRadar.Data.Firestore.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace CineRadar.Data.Firestore;

public static class FirestoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers every store port on Firestore over its REST API, configured by <c>Store:Firestore</c>
    /// (<see cref="FirestoreStoreOptions"/>): <c>ProjectId</c> is required; an emulator host (option or
    /// <c>FIRESTORE_EMULATOR_HOST</c>) means plain HTTP without credentials.
    /// </summary>
    public static IServiceCollection AddFirestoreStore(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Firestore.ProjectId), "Store:Firestore:ProjectId is required when Store:Provider is Firestore.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new FirestoreConnection(
            sp.GetRequiredService<IOptions<StoreOptions>>().Value.Firestore,
            Environment.GetEnvironmentVariable(FirestoreConnection.EmulatorHostVariable)));
        services.AddTransient<FirestoreAuthHandler>();
        services.AddRefitGeneratedClient<IFirestoreApi>(FirestoreJsonContext.Default)
            .ConfigureHttpClient((sp, http) => http.BaseAddress = sp.GetRequiredService<FirestoreConnection>().BaseAddress)
            .AddHttpMessageHandler<FirestoreAuthHandler>();
        services.AddSingleton<FirestoreClient>();
        services.AddSingleton(sp => new FirestoreIndexDeployment(sp.GetRequiredService<FirestoreClient>()));

        services.AddSingleton<ICatalogStore, FirestoreCatalogStore>();
        services.AddSingleton<ITheatreStore, FirestoreTheatreStore>();
        services.AddSingleton<ISeatSampleStore, FirestoreSeatSampleStore>();
        services.AddSingleton<IAdmissionsStore, FirestoreAdmissionsStore>();
        services.AddSingleton<IRunStore, FirestoreRunStore>();
        services.AddSingleton<IAlertStore, FirestoreAlertStore>();
        services.AddSingleton<IAuditStore, FirestoreAuditStore>();
        services.AddSingleton<ITokenStore, FirestoreTokenStore>();
        services.AddSingleton<IApiKeyStore, FirestoreApiKeyStore>();
        services.AddSingleton<IDataVersionStore, FirestoreDataVersionStore>();
        services.AddSingleton<ILeaseStore, FirestoreLeaseStore>();
        services.AddSingleton<ICityStore, FirestoreCityStore>();
        services.AddSingleton<IDataProtectionKeyStore>(provider =>
            new FirestoreDataProtectionKeyStore(provider.GetRequiredService<FirestoreClient>(), FirestoreLayout.DataProtectionKeys));
        services.AddSingleton<ISignInFailureStore, FirestoreSignInFailureStore>();
        services.AddSingleton<IExportUseStore, FirestoreExportUseStore>();
        services.AddSingleton<IReadingRequestStore, FirestoreReadingRequestStore>();
        services.AddSingleton<ISeatReadStore, FirestoreSeatReadStore>();
        services.AddSingleton<IWebhookStore, FirestoreWebhookStore>();
        return services;
    }
}
