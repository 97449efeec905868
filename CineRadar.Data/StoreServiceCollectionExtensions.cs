using CineRadar.Data.Firestore;
using CineRadar.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CineRadar.Data;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers every store port (catalog, theatres, seat samples, admissions, runs, alerts, audit, token, API keys,
    /// data version, leases, the cities TIX added) on the adapter <c>Store:Provider</c> names: <c>Sqlite</c> (default) or <c>Firestore</c>.
    /// </summary>
    public static IServiceCollection AddCineRadarStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StoreOptions.SectionName);
        services.AddOptions<StoreOptions>().Bind(section);
        services.AddOptions<TixTimeOptions>().Bind(configuration.GetSection(TixTimeOptions.SectionName))
            .Validate(o => Enum.IsDefined(o.DisplayTimeZone), "Tix:DisplayTimeZone must be City or Wib.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        var provider = section.GetValue(nameof(StoreOptions.Provider), StoreProvider.Sqlite);
        return provider switch
        {
            StoreProvider.Sqlite => services.AddSqliteStore(),
            StoreProvider.Firestore => services.AddFirestoreStore(),
            _ => throw new OptionsValidationException(
                StoreOptions.SectionName, typeof(StoreOptions), [$"Store:Provider '{provider}' is not a store CineRadar has."]),
        };
    }
}
