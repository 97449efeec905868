using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Runs a job in one process at a time: the job runs only while this process holds the named lease, which it renews
/// every third of its length; when the lease is lost the job is cancelled, and when the holder dies another process
/// takes over once it expires.
/// </summary>
public sealed class LeaderLease(ILeaseStore leases, TimeProvider clock, TimeSpan duration)
{
    public const string SeatSampling = "seat-sampling";

    /// <summary>Held while a worker checks whether the day's sweep is queued and queues it.</summary>
    public const string DailySweep = "daily-sweep";

    /// <summary>Held while a worker checks whether a re-sweep's time slot is queued and queues it.</summary>
    public const string Resweep = "resweep";

    /// <summary>Held while a worker geocodes theatres, so that Nominatim sees one client whatever the replica count.</summary>
    public const string Geocoding = "geocoding";

    /// <summary>Held while a worker takes the readings Public visitors asked for, so each is read once.</summary>
    public const string VisitorReadings = "visitor-readings";

    /// <summary>The default length of a leader lease (<see cref="SamplingOptions.LeaderLeaseDuration"/>).</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromMinutes(2);

    public LeaderLease(ILeaseStore leases, TimeProvider clock)
        : this(leases, clock, DefaultDuration)
    {
    }

    public TimeSpan Duration { get; } = duration;

    /// <summary>Runs <paramref name="work"/> while holding the lease; false when another process holds it.</summary>
    public async Task<bool> RunAsync(string name, string owner, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(name, owner, Duration, cancellationToken))
        {
            return false;
        }

        using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(name, owner, held);
        try
        {
            await work(held.Token);
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The lease went to another process: it carries on with the job.
        }
        finally
        {
            await held.CancelAsync();
            await renewing;
            await leases.ReleaseAsync(name, owner, CancellationToken.None);
        }

        return true;
    }

    private async Task RenewAsync(string name, string owner, CancellationTokenSource held)
    {
        try
        {
            while (!held.IsCancellationRequested)
            {
                await Task.Delay(Duration / 3, clock, held.Token);
                if (!await leases.TryAcquireAsync(name, owner, Duration, held.Token))
                {
                    await held.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
