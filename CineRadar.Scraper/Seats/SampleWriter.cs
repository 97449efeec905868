using System.Collections.Concurrent;
using System.Threading.Channels;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Publishing;
using Polly.Registry;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Writes seat samples in small batches (one per second, or 100 at a time) and remembers which dates received new ones,
/// for the rollups. A sample's id comes from its showtime and kind, so writing it again replaces it. Several callers may
/// drain the queue at once (the sampler's loop, an operator's run, a visitor's reading flushing what it added).
/// </summary>
public sealed class SampleWriter(ISeatSampleStore store, ResiliencePipelineProvider<string> pipelines, TimeProvider clock, ILogger<SampleWriter> logger)
{
    private const int BatchSize = 100;

    private readonly Channel<SeatSample> _queue = Channel.CreateUnbounded<SeatSample>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<DateOnly, bool> _dirty = new();

    public void Add(SeatSample sample) => _queue.Writer.TryWrite(sample);

    /// <summary>The dates that received samples since the last call.</summary>
    public IReadOnlyList<DateOnly> TakeDirtyDates()
    {
        var dates = _dirty.Keys.ToList();
        foreach (var date in dates)
        {
            _dirty.TryRemove(date, out _);
        }

        return dates;
    }

    /// <summary>Writes until cancelled, then writes what is left.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<SeatSample>(BatchSize);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await DrainAsync(batch, CancellationToken.None);
        }

        await DrainAsync(batch, CancellationToken.None);
    }

    /// <summary>Writes everything queued now.</summary>
    public Task FlushAsync() => DrainAsync(new List<SeatSample>(BatchSize), CancellationToken.None);

    private async Task DrainAsync(List<SeatSample> batch, CancellationToken cancellationToken)
    {
        while (_queue.Reader.TryRead(out var sample))
        {
            batch.Add(sample);
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, cancellationToken);
        }
    }

    private async Task WriteAsync(List<SeatSample> batch, CancellationToken cancellationToken)
    {
        try
        {
            var samples = batch.ToList();
            await pipelines.GetPipeline(RunPublisher.CommitPipeline).ExecuteAsync(async ct => await store.UpsertAsync(samples, ct), cancellationToken);
            foreach (var date in samples.Select(s => s.Date).Distinct())
            {
                _dirty[date] = true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Keep the samples: they go with the next batch.
            logger.LogError(ex, "{Count} seat samples could not be written; they are kept for the next try", batch.Count);
            foreach (var sample in batch)
            {
                _queue.Writer.TryWrite(sample);
            }

            batch.Clear();
            return;
        }

        batch.Clear();
    }
}
