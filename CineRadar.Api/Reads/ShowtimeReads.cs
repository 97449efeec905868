using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Reads;

/// <summary>One showtime with its latest seat map, its occupancy curve through the day and its estimate.</summary>
internal sealed class ShowtimeReads(VersionedCache cache, DayViews days, TheatreIndexes theatres, ISeatSampleStore samples)
{
    /// <summary>Looks the showtime up on <paramref name="date"/>, or without one on today, yesterday and tomorrow.</summary>
    public ValueTask<CachedJson<ShowtimeDetail>> DetailAsync(string showtimeId, DateOnly? date, DateOnly today, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("showtime", showtimeId, date is { } day ? VersionedCache.Key(day) : null, VersionedCache.Key(today)),
            ct => ComputeDetailAsync(showtimeId, date, today, ct),
            cancellationToken);

    private async ValueTask<Found<ShowtimeDetail>> ComputeDetailAsync(string showtimeId, DateOnly? date, DateOnly today, CancellationToken cancellationToken)
    {
        DateOnly[] searched = date is { } day ? [day] : [today, today.AddDays(-1), today.AddDays(1)];
        foreach (var candidate in searched)
        {
            var view = await days.GetAsync(candidate, cancellationToken);
            if (view.Slots.TryGetValue(showtimeId, out var slot))
            {
                return await DescribeAsync(view, slot, cancellationToken);
            }
        }

        return Found<ShowtimeDetail>.NotFound(
            $"No showtime with id {showtimeId} on {string.Join(", ", searched.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}.");
    }

    private async ValueTask<Found<ShowtimeDetail>> DescribeAsync(DayView day, ShowtimeSlot slot, CancellationToken cancellationToken)
    {
        var readings = await samples.GetForShowtimeAsync(slot.Showtime.Id, cancellationToken);
        var index = await theatres.GetAsync(cancellationToken);
        var room = slot.Room;
        return new ShowtimeDetail(
            slot.Showtime.Id,
            day.Date,
            slot.Showtime.DisplayTime,
            slot.Showtime.StartsAt,
            slot.Showtime.IsBookable,
            MovieSummary.From(slot.Movie, day),
            TheatreDto.From(index.For(slot.Theatre, day.ScrapedAt ?? default), index.Cities),
            new ShowtimeRoom(room.Category, RoomFormatDto.From(room.Format), room.PriceText, Price.From(room.Price)),
            SeatMap.From(readings.Count == 0 ? null : readings[^1]),
            readings.Select(CurvePoint.From).ToList(),
            Estimate.From(day.Estimates.GetValueOrDefault(slot.Showtime.Id)),
            slot.Showtime.IsCancelled,
            slot.Showtime.MovedFrom,
            slot.Showtime.AddedAt);
    }
}
