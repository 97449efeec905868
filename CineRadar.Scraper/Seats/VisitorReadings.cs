using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Publishing;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Takes the readings Public visitors asked for: each pending request's showtime is read through the same
/// <see cref="ISeatSampleTaker"/> as every planned sample, as a <see cref="SampleKinds.Visitor"/> sample (so the day's
/// read limits apply to it), written through the <see cref="SampleWriter"/>, and the request is marked done or failed.
/// A visitor reading is never one of the estimate's samples, so nothing is folded; the data version moves so the sites
/// show it, at most once per <see cref="VisitorReadingOptions.AnnounceInterval"/>.
/// </summary>
public sealed class VisitorReadings(
    IReadingRequestStore requests,
    ICatalogStore catalog,
    ISeatSampleTaker taker,
    SampleWriter writer,
    DataChangeAnnouncer changes,
    IOptions<VisitorReadingOptions> options,
    TimeProvider clock,
    ILogger<VisitorReadings> logger)
{
    /// <summary>Open from three hours before the start (the Api's horizon) until the start.</summary>
    public static readonly SampleKind Kind = new(SampleKinds.Visitor, TimeSpan.FromHours(3), TimeSpan.Zero);

    private bool _unannounced;
    private long? _announcedAt;

    /// <summary>Works the pending requests once; returns how many readings were taken.</summary>
    public async Task<int> RoundAsync(CancellationToken cancellationToken)
    {
        var pending = await requests.ListPendingAsync(options.Value.BatchSize, cancellationToken);
        if (pending.Count == 0)
        {
            await AnnounceDueAsync(cancellationToken);
            return 0;
        }

        var showtimes = new Dictionary<string, SampledShowtime>(StringComparer.Ordinal);
        foreach (var date in pending.Select(r => r.Date).Distinct())
        {
            foreach (var show in SampledShowtime.From(await catalog.GetSchedulesAsync(date, cancellationToken)))
            {
                showtimes.TryAdd(show.ShowtimeId, show);
            }
        }

        var outcomes = new List<(ReadingRequest Request, string? Failure)>();
        foreach (var request in pending)
        {
            outcomes.Add((request, await ReadAsync(request, showtimes.GetValueOrDefault(request.ShowtimeId), cancellationToken)));
        }

        var taken = outcomes.Count(o => o.Failure is null);
        if (taken > 0)
        {
            await writer.FlushAsync();
            _unannounced = true;
        }

        await AnnounceDueAsync(cancellationToken);

        foreach (var (request, failure) in outcomes)
        {
            await requests.FinishAsync(
                request, failure is null ? ReadingRequestStatuses.Done : ReadingRequestStatuses.Failed, failure, cancellationToken);
        }

        return taken;
    }

    private async Task AnnounceDueAsync(CancellationToken cancellationToken)
    {
        if (!_unannounced || (_announcedAt is { } at && clock.GetElapsedTime(at) < options.Value.AnnounceInterval))
        {
            return;
        }

        await changes.AnnounceAsync(cancellationToken);
        _unannounced = false;
        _announcedAt = clock.GetTimestamp();
    }

    /// <summary>Takes the reading; null when it was taken, else why not.</summary>
    private async Task<string?> ReadAsync(ReadingRequest request, SampledShowtime? show, CancellationToken cancellationToken)
    {
        if (show is null)
        {
            return "the showtime is not in its day's schedule";
        }

        if (show.StartsAt <= clock.GetUtcNow())
        {
            return "the show has started";
        }

        var (outcome, reason) = await taker.TakeAsync(new PlannedSample(show, Kind), cancellationToken);
        if (outcome == SampleOutcome.Taken)
        {
            return null;
        }

        logger.LogInformation("Visitor reading of {ShowtimeId} not taken: {Outcome} {Reason}", request.ShowtimeId, outcome, reason);
        return outcome == SampleOutcome.Started ? "the show has started" : reason ?? outcome.ToString().ToLowerInvariant();
    }
}
