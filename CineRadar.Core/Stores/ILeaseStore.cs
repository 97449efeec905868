namespace CineRadar.Core.Stores;

/// <summary>
/// Named leases, so that one process at a time does a job that must not run twice (the day's seat sampling): the
/// holder renews its lease while it works; when it dies, the lease expires and another process takes over.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease, or renews it for its holder, until <paramref name="duration"/> from now. False when another
    /// owner holds it and it has not expired.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up when <paramref name="owner"/> holds it.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default);
}
