using System.Globalization;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;
using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Rooms;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;

namespace CineRadar.Api.Reads;

/// <summary>Movies of a date, one movie's schedule, and a movie's history.</summary>
internal sealed class MovieReads(VersionedCache cache, DayViews days, CityIndexes cities, TheatreIndexes theatres, MovieDateIndexes dates, IAdmissionsStore admissions)
{
    public ValueTask<CachedJson<MovieList>> ListAsync(DateOnly date, string? cityId, CancellationToken cancellationToken) =>
        cache.AnswerAsync(VersionedCache.Key("movies", VersionedCache.Key(date), cityId), ct => ComputeListAsync(date, cityId, ct), cancellationToken);

    private async ValueTask<Found<MovieList>> ComputeListAsync(DateOnly date, string? cityId, CancellationToken cancellationToken)
    {
        if (cityId is not null && !ReferenceReads.IsKnownCity(cityId, await cities.GetAsync(cancellationToken), await theatres.GetAsync(cancellationToken)))
        {
            return Found<MovieList>.NotFound(ReferenceReads.UnknownCity(cityId));
        }

        var day = await days.GetAsync(date, cancellationToken);
        var movies = day.Movies
            .Where(m => cityId is null || m.Cities.Any(c => c.Id == cityId))
            .Select(m => MovieSummary.From(m, day, cityId))
            .OrderByDescending(m => m.Cities)
            .ThenByDescending(m => m.Theatres)
            .ThenBy(m => m.Title, StringComparer.Ordinal)
            .ToList();
        return new MovieList(date, day.ScrapedAt, movies);
    }

    public ValueTask<CachedJson<MovieDetail>> DetailAsync(string movieId, DateOnly date, string? cityId, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("movie", movieId, VersionedCache.Key(date), cityId), ct => ComputeDetailAsync(movieId, date, cityId, ct), cancellationToken);

    private async ValueTask<Found<MovieDetail>> ComputeDetailAsync(string movieId, DateOnly date, string? cityId, CancellationToken cancellationToken)
    {
        var index = await theatres.GetAsync(cancellationToken);
        var cityIndex = await cities.GetAsync(cancellationToken);
        if (cityId is not null && !ReferenceReads.IsKnownCity(cityId, cityIndex, index))
        {
            return Found<MovieDetail>.NotFound(ReferenceReads.UnknownCity(cityId));
        }

        var day = await days.GetAsync(date, cancellationToken);
        if (day.Movie(movieId) is not { } schedule)
        {
            return Found<MovieDetail>.NotFound($"No movie with id {movieId} on {date:yyyy-MM-dd}.");
        }

        var theatresShown = schedule.Theatres.Where(t => cityId is null || t.CityId == cityId).ToList();
        var rooms = theatresShown.SelectMany(t => t.Rooms).ToList();
        var prices = rooms.Select(r => r.Price).OfType<PriceRange>().ToList();
        var byHour = rooms
            .SelectMany(r => r.Showtimes)
            .Select(s => IndonesianClock.TryParseDisplayTime(s.DisplayTime, out var time) ? time.Hour : -1)
            .Where(h => h >= 0)
            .GroupBy(h => h)
            .OrderBy(g => BusinessHourOrder(g.Key))
            .Select(g => new HourCount(g.Key, g.Count()))
            .ToList();
        var summary = new MovieDaySummary(
            prices.Count == 0 ? null : prices.Min(p => p.MinRupiah),
            prices.Count == 0 ? null : prices.Max(p => p.MaxRupiah),
            rooms.Sum(r => r.Showtimes.Count),
            byHour);
        var cityTheatres = schedule.Cities
            .Select(c => (City: c, Theatres: theatresShown.Where(t => t.CityId == c.Id).ToList()))
            .Where(c => c.Theatres.Count > 0)
            .Select(c => new MovieCity(
                c.City.Id,
                c.City.Name,
                (cityIndex.Find(c.City.Id)?.TimeZone ?? IndonesianTimeZone.Wib).Abbreviation(),
                c.Theatres.Select(t => TheatreRooms.From(t, day, index)).ToList()))
            .ToList();
        var movieDates = (await dates.GetAsync(cancellationToken)).Of(movieId);
        return new MovieDetail(date, movieDates, MovieSummary.From(schedule, day, cityId), summary, cityTheatres);
    }

    public ValueTask<CachedJson<MovieHistory>> HistoryAsync(string movieId, int length, DateOnly until, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("history", movieId, length.ToString(CultureInfo.InvariantCulture), VersionedCache.Key(until)),
            ct => ComputeHistoryAsync(movieId, length, until, ct),
            cancellationToken);

    private async ValueTask<Found<MovieHistory>> ComputeHistoryAsync(string movieId, int length, DateOnly until, CancellationToken cancellationToken)
    {
        var from = until.AddDays(1 - length);
        var rollups = await admissions.GetHistoryAsync(RollupDimension.Movie, movieId, from, until, cancellationToken);
        var title = (rollups.Count > 0 ? rollups[^1].Name : null) ?? (await days.GetAsync(until, cancellationToken)).Movie(movieId)?.Movie.Title;
        if (title is null)
        {
            return Found<MovieHistory>.NotFound($"No movie with id {movieId} between {from:yyyy-MM-dd} and {until:yyyy-MM-dd}.");
        }

        var byDate = rollups.ToDictionary(r => r.Date);
        var history = Enumerable.Range(0, length)
            .Select(from.AddDays)
            .Select(d => byDate.TryGetValue(d, out var r)
                ? new MovieHistoryDay(d, r.Admissions, r.EstimatedGrossRupiah, r.Showtimes, r.OccupancyPct, r.AdmissionsLow, r.AdmissionsHigh, r.GrossLow, r.GrossHigh)
                : new MovieHistoryDay(d, 0, 0, 0, 0, 0, 0, 0, 0))
            .ToList();
        return new MovieHistory(movieId, title, history);
    }

    /// <summary>Orders local hours as a programme runs: from the morning to the late shows after midnight.</summary>
    public static int BusinessHourOrder(int hour) => hour < IndonesianClock.LateShowCutoffHour ? hour + 24 : hour;
}
