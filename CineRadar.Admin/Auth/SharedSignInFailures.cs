using CineRadar.WebComponents.Api;

namespace CineRadar.Admin.Auth;

/// <summary>
/// Failed sign-ins counted in the store through the Api, so that every replica of the site locks a name after the same
/// number of failures. Each failure is also counted here; while the Api cannot be reached, this replica's own count
/// decides (with a warning), so the lockout still holds, per replica.
/// </summary>
public sealed class SharedSignInFailures(IServiceProvider services, LocalSignInFailures local, ILogger<SharedSignInFailures> logger) : ISignInFailures
{
    // The typed client is transient: one per call, from this singleton.
    private CineRadarApiClient Api => services.GetRequiredService<CineRadarApiClient>();

    public async Task<int> CountAsync(string name, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            return await Api.CountSignInFailuresAsync(name, window, cancellationToken);
        }
        catch (ApiException ex)
        {
            WarnLocal(ex, name);
            return await local.CountAsync(name, window, cancellationToken);
        }
    }

    public async Task<int> RecordAsync(string name, TimeSpan window, CancellationToken cancellationToken)
    {
        var counted = await local.RecordAsync(name, window, cancellationToken);
        try
        {
            return await Api.RecordSignInFailureAsync(name, window, cancellationToken);
        }
        catch (ApiException ex)
        {
            WarnLocal(ex, name);
            return counted;
        }
    }

    public async Task ClearAsync(string name, CancellationToken cancellationToken)
    {
        await local.ClearAsync(name, cancellationToken);
        try
        {
            await Api.ClearSignInFailuresAsync(name, cancellationToken);
        }
        catch (ApiException ex)
        {
            WarnLocal(ex, name);
        }
    }

    private void WarnLocal(ApiException ex, string name) => logger.LogWarning(
        ex, "Failed sign-ins of {User} are counted by this replica only: the CineRadar Api could not count them ({Reason})", name, ex.Message);
}
