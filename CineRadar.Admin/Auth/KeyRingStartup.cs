using CineRadar.WebComponents.Api;
using Microsoft.AspNetCore.DataProtection;

namespace CineRadar.Admin.Auth;

/// <summary>
/// Loads the Data Protection key ring before the site takes requests, one replica at a time under a lease in the store.
/// Replicas that start together on an empty ring would otherwise each create a first key and keep only the ring they
/// read, so a cookie signed by one would be unreadable by another until the next daily refresh. Under the lease the
/// first replica creates the key and every later one finds it. When the Api does not answer, the site starts anyway
/// and loads the ring when it first needs it.
/// </summary>
public sealed class KeyRingStartup(
    IServiceProvider services,
    IDataProtectionProvider protection,
    TimeProvider clock,
    ILogger<KeyRingStartup> logger) : IHostedService
{
    /// <summary>How long a replica may hold the lease: far longer than reading or creating a key takes.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>How long a replica waits for another to finish; past one lease, a holder that died has lost it.</summary>
    public static readonly TimeSpan MaxWait = LeaseDuration + TimeSpan.FromSeconds(15);

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var api = services.GetRequiredService<CineRadarApiClient>();
        var held = false;
        try
        {
            held = await TakeLeaseAsync(api, cancellationToken);
            if (!held)
            {
                logger.LogWarning("The Data Protection key ring lease stayed taken for {MaxWait}; loading the key ring without it", MaxWait);
            }

            // Protecting anything loads the ring, and creates its first key when it has none.
            protection.CreateProtector(nameof(KeyRingStartup)).Protect([1]);
        }
        catch (Exception ex) when (ex is ApiException or InvalidOperationException)
        {
            logger.LogWarning(ex, "The Data Protection key ring could not be loaded at start ({Reason}); it is loaded when a page first needs it", ex.Message);
        }
        finally
        {
            // Whether or not the ring loaded, the other replicas need not wait for the lease to run out.
            if (held)
            {
                await ReleaseLeaseAsync(api);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ReleaseLeaseAsync(CineRadarApiClient api)
    {
        try
        {
            await api.ReleaseKeyRingLeaseAsync(_owner, CancellationToken.None);
        }
        catch (ApiException ex)
        {
            logger.LogWarning(ex, "The Data Protection key ring lease could not be given back ({Reason}); it runs out within {LeaseDuration}", ex.Message, LeaseDuration);
        }
    }

    private async Task<bool> TakeLeaseAsync(CineRadarApiClient api, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + MaxWait;
        while (!await api.TakeKeyRingLeaseAsync(_owner, LeaseDuration, cancellationToken))
        {
            if (clock.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(RetryInterval, clock, cancellationToken);
        }

        return true;
    }
}
