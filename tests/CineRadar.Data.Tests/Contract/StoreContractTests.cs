using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Data.Tests.Contract;

/// <summary>
/// The behaviour every store adapter must have. Each adapter's test class derives from this and says how to build a
/// fresh, empty store on the given clock; every test then runs against that adapter.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2026-01-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    protected ServiceProvider Services { get; private set; } = null!;

    protected ICatalogStore Catalog => Services.GetRequiredService<ICatalogStore>();

    protected ITheatreStore Theatres => Services.GetRequiredService<ITheatreStore>();

    protected ISeatSampleStore Samples => Services.GetRequiredService<ISeatSampleStore>();

    protected IAdmissionsStore Admissions => Services.GetRequiredService<IAdmissionsStore>();

    protected IRunStore Runs => Services.GetRequiredService<IRunStore>();

    protected IAlertStore Alerts => Services.GetRequiredService<IAlertStore>();

    protected IAuditStore Audit => Services.GetRequiredService<IAuditStore>();

    protected ITokenStore Tokens => Services.GetRequiredService<ITokenStore>();

    protected IApiKeyStore ApiKeys => Services.GetRequiredService<IApiKeyStore>();

    protected IDataVersionStore DataVersion => Services.GetRequiredService<IDataVersionStore>();

    protected ILeaseStore Leases => Services.GetRequiredService<ILeaseStore>();

    protected ICityStore AddedCities => Services.GetRequiredService<ICityStore>();

    protected IDataProtectionKeyStore DataProtectionKeys => Services.GetRequiredService<IDataProtectionKeyStore>();

    protected ISignInFailureStore SignInFailures => Services.GetRequiredService<ISignInFailureStore>();

    protected IReadingRequestStore ReadingRequests => Services.GetRequiredService<IReadingRequestStore>();
    protected ISeatReadStore SeatReads => Services.GetRequiredService<ISeatReadStore>();

    /// <summary>Builds a fresh, empty store with every port registered, using <paramref name="clock"/> as its time.</summary>
    protected abstract Task<ServiceProvider> CreateStoreAsync(FakeTimeProvider clock);

    /// <summary>Releases what <see cref="CreateStoreAsync"/> made beyond the service provider (files, servers).</summary>
    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Services = await CreateStoreAsync(Clock);

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await DisposeStoreAsync();
    }
}
