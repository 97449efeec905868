using CineRadar.Core.Runs;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Runs;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// Takes queued work from the store, as many pieces at once as <c>Tix:Concurrency</c> allows. Several worker processes
/// can run side by side: the store's leases keep them off each other's items.
/// </summary>
public sealed class ScraperWorker(
    RunProcessor processor,
    IOptions<TixOptions> tix,
    IOptions<SweepScheduleOptions> schedule,
    WorkerStatus status,
    TimeProvider clock,
    ILogger<ScraperWorker> logger) : BackgroundService
{
    public static string OwnerPrefix => $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, tix.Value.Concurrency)).Select(i => LoopAsync($"{OwnerPrefix}#{i}", stoppingToken)));

    private async Task LoopAsync(string owner, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await processor.ProcessNextAsync(owner, stoppingToken))
                {
                    await Task.Delay(schedule.Value.IdlePoll, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store that is briefly unreachable must not stop the worker: note it, wait, go on.
                status.Failed(ex);
                logger.LogError(ex, "Worker {Owner} failed a step", owner);
                await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken);
            }
        }
    }
}
