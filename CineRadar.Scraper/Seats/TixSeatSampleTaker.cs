using System.Collections.Concurrent;
using CineRadar.Core.Sampling;
using CineRadar.Core.Tix;
using CineRadar.Scraper.SeatReads;
using CineRadar.Scraper.Telemetry;
using CineRadar.Scraper.Tix;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Takes a sample from TIX: the seat map with the logged-in token (refreshed as needed by the client), parsed by Core,
/// flagged when it shows a house lock (judged against the showtime's previous reading), and handed to the writer.
/// </summary>
public sealed class TixSeatSampleTaker(
    TixApiClient tix,
    ChainPaths chainPaths,
    SampleWriter writer,
    SamplingStats stats,
    SeatTelemetry telemetry,
    TimeProvider clock,
    ILogger<TixSeatSampleTaker> logger) : ISeatSampleTaker
{
    private readonly ConcurrentDictionary<string, (int Available, int Total, bool Locked)> _previous = new(StringComparer.Ordinal);

    public async Task<(SampleOutcome Outcome, string? Reason)> TakeAsync(PlannedSample sample, CancellationToken cancellationToken)
    {
        var show = sample.Showtime;
        if (chainPaths.Find(show.Merchant) is not { } chainPath)
        {
            return (SampleOutcome.Failed, $"the seat-map path of {show.Merchant} is not learned yet");
        }

        var tally = RequestTally.Begin();
        AmbientSeatReadPurpose.Set(SeatReadPurposes.Of(sample.Kind));
        try
        {
            var layout = await tix.GetSeatLayoutAsync(chainPath, show.ShowtimeId, cancellationToken);
            var now = clock.GetUtcNow();
            (int Available, int Total, bool Locked)? before = _previous.TryGetValue(show.ShowtimeId, out var p) ? p : null;
            var locked = (before?.Locked == true && layout.IsFull)
                         || HouseLockClassifier.IsLock(layout.Available, layout.Total, show.StartsAt - now, before is { } b ? (b.Available, b.Total) : null);
            _previous[show.ShowtimeId] = (layout.Available, layout.Total, locked);
            writer.Add(new SeatSample(show.ShowtimeId, show.Date, sample.Kind.Name, now, show.StartsAt, show.MovieId, show.TheatreId,
                show.CityId, show.Merchant, show.RoomCategory, layout, locked));
            stats.AddDone(locked);
            if (locked)
            {
                telemetry.RecordHouseLock();
            }

            return (SampleOutcome.Taken, null);
        }
        catch (Exception ex) when (IsStarted(ex))
        {
            return (SampleOutcome.Started, null);
        }
        catch (Exception ex) when (SeatReadRefusedException.Find(ex) is { } refused)
        {
            return (SampleOutcome.NotSent, refused.Reason);
        }
        catch (TixRequestException ex) when (ex.StatusCode == 404)
        {
            logger.LogDebug("Sample {Sample}: TIX does not know the showtime: {Error}", sample.DocumentId, ex.Message);
            return (SampleOutcome.Gone, $"not found: 404 {ex.Code ?? "without a code"}");
        }
        catch (TixRequestException ex) when (ex.IsUnauthorized)
        {
            // The token already had its one refresh after a 401 (the handler): asking again would only ask again.
            logger.LogDebug("Sample {Sample} refused: {Error}", sample.DocumentId, ex.Message);
            return (SampleOutcome.Refused, $"refused: 401 {ex.Code ?? "without a code"}");
        }
        catch (Exception ex) when (ex is TixRequestException or TixPayloadException or TixApiException or HttpRequestException
                                       or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogDebug("Sample {Sample} failed: {Error}", sample.DocumentId, ex.Message);
            return (SampleOutcome.Failed, ex.Message);
        }
        finally
        {
            stats.AddRequests(tally.Count);
        }
    }

    private static bool IsStarted(Exception ex) =>
        ex is TixRequestException { SaysShowStarted: true } or TixApiException { SaysShowStarted: true };
}
