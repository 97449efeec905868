using CineRadar.Api.Caching;
using CineRadar.Api.Views;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Readings;

/// <summary>
/// Decides whether a visitor opening a showtime's page asks for a fresh seat reading: only for a show that starts within
/// the horizon and has not started, whose last reading (of any kind) is older than the interval; the store then lets
/// one request per showtime per interval through, however many visitors ask at once.
/// </summary>
internal sealed class VisitorReadings(
    DayViews days, ISeatSampleStore samples, IReadingRequestStore requests, IOptions<VisitorReadingOptions> options, TimeProvider clock)
{
    /// <summary>The answer, or null when no showtime of yesterday, today or tomorrow has that id.</summary>
    public async Task<Found<VisitorReadingAnswer>> AskAsync(string showtimeId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        foreach (var date in (DateOnly[])[today, today.AddDays(-1), today.AddDays(1)])
        {
            var day = await days.GetAsync(date, cancellationToken);
            if (day.Slots.TryGetValue(showtimeId, out var slot))
            {
                return await AskAsync(day, slot, now, cancellationToken);
            }
        }

        return Found<VisitorReadingAnswer>.NotFound($"No showtime with id {showtimeId} yesterday, today or tomorrow.");
    }

    private async Task<VisitorReadingAnswer> AskAsync(DayView day, ShowtimeSlot slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var show = slot.Showtime;
        var cached = day.Latest.GetValueOrDefault(show.Id)?.SampledAt;
        if (show.IsCancelled || show.StartsAt <= now)
        {
            return new(false, VisitorReadingReasons.Over, cached);
        }

        if (show.StartsAt - now > settings.Horizon)
        {
            return new(false, VisitorReadingReasons.NotSoon, cached);
        }

        // The day's view may be a fold behind: a reading it does not show yet is looked for in the store.
        var last = cached is { } seen && now - seen < settings.Interval
            ? seen
            : (await samples.GetForShowtimeAsync(show.Id, cancellationToken)).Select(s => (DateTimeOffset?)s.SampledAt).Max();
        if (last is { } read && now - read < settings.Interval)
        {
            return new(false, VisitorReadingReasons.Fresh, last);
        }

        return await requests.RequestAsync(show.Id, day.Date, settings.Interval, cancellationToken)
            ? new(true, VisitorReadingReasons.Asked, last)
            : new(false, VisitorReadingReasons.AlreadyAsked, last);
    }
}
