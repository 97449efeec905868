using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Data.Sqlite;

internal static class SqliteServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<ICatalogStore, SqliteCatalogStore>();
        services.AddSingleton<ITheatreStore, SqliteTheatreStore>();
        services.AddSingleton<ISeatSampleStore, SqliteSeatSampleStore>();
        services.AddSingleton<IAdmissionsStore, SqliteAdmissionsStore>();
        services.AddSingleton<IRunStore, SqliteRunStore>();
        services.AddSingleton<IAlertStore, SqliteAlertStore>();
        services.AddSingleton<IAuditStore, SqliteAuditStore>();
        services.AddSingleton<ITokenStore, SqliteTokenStore>();
        services.AddSingleton<IApiKeyStore, SqliteApiKeyStore>();
        services.AddSingleton<IDataVersionStore, SqliteDataVersionStore>();
        services.AddSingleton<ILeaseStore, SqliteLeaseStore>();
        services.AddSingleton<ICityStore, SqliteCityStore>();
        services.AddSingleton<IDataProtectionKeyStore>(provider =>
            new SqliteDataProtectionKeyStore(provider.GetRequiredService<SqliteDatabase>(), SqliteDataProtectionKeyStore.AdminSiteTable));
        services.AddSingleton<ISignInFailureStore, SqliteSignInFailureStore>();
        services.AddSingleton<IExportUseStore, SqliteExportUseStore>();
        services.AddSingleton<IReadingRequestStore, SqliteReadingRequestStore>();
        services.AddSingleton<ISeatReadStore, SqliteSeatReadStore>();
        services.AddSingleton<IWebhookStore, SqliteWebhookStore>();
        return services;
    }
}
