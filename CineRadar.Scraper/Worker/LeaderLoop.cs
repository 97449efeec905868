namespace CineRadar.Scraper.Worker;

/// <summary>
/// The loop of a worker's leader-only job: ask for the lease, do the work while holding it, ask again at half the
/// lease when another worker holds it, and start again shortly after a failure (recorded on the worker's status).
/// </summary>
internal static class LeaderLoop
{
    public static async Task RunAsync(
        Seats.LeaderLease lease,
        string name,
        string owner,
        Func<CancellationToken, Task> work,
        WorkerStatus status,
        TimeProvider clock,
        ILogger logger,
        string what,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await lease.RunAsync(name, owner, work, stoppingToken))
                {
                    await Task.Delay(lease.Duration / 2, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                status.Failed(ex);
                logger.LogError(ex, "{What} stopped; it starts again shortly", what);
                await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            }
        }
    }
}
