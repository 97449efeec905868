using System.Diagnostics;
using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Telemetry;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Sweeps;

/// <summary>What one city's sweep produced: one <see cref="CityScrape"/> per date, and how it ended.</summary>
public sealed record CitySweep(IReadOnlyList<CityScrape> Scrapes, WorkItemOutcome Outcome);

/// <summary>
/// Sweeps one city: its now-playing list, then every movie's schedule pages (paged by <c>has_next</c>) for each date.
/// The city ends as ok (movies found), empty (TIX lists nothing) or failed, with the reason; a failure never hides.
/// </summary>
public sealed class CitySweeper(IOptions<TixOptions> options, ScraperTelemetry telemetry, ILogger<CitySweeper> logger)
{
    public async Task<CitySweep> SweepAsync(ICatalogSource source, City city, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        using var activity = ScraperTelemetry.Source.StartActivity("sweep city");
        activity?.SetTag("cineradar.city", city.Name);
        activity?.SetTag("cineradar.city_id", city.Id);
        var tally = RequestTally.Begin();
        var traceId = activity?.TraceId.ToHexString();
        try
        {
            await using var session = await source.OpenCityAsync(new TixCity(city.Id, city.Name), cancellationToken);
            var movies = await session.GetMoviesAsync(cancellationToken);
            if (movies.Count == 0)
            {
                Record("empty", activity);
                return new CitySweep(
                    dates.Select(d => new CityScrape(city.Id, city.Name, d, [], [])).ToList(),
                    new WorkItemOutcome(Core.Runs.WorkItemStatus.Empty, "TIX lists no movie in this city", 0, 0, 0, tally.Count, traceId));
            }

            var scrapes = new List<CityScrape>(dates.Count);
            foreach (var date in dates)
            {
                var schedules = await ReadSchedulesAsync(session, city, movies, date, cancellationToken);

                // The first date lists every movie TIX shows for the city (presales included); later dates only those playing.
                var listed = date == dates[0] ? schedules : schedules.Where(s => s.Theatres.Count > 0).ToList();
                var listedIds = listed.Select(s => s.MovieId).ToHashSet(StringComparer.Ordinal);
                scrapes.Add(new CityScrape(
                    city.Id, city.Name, date,
                    movies.Where(m => listedIds.Contains(m.Id)).DistinctBy(m => m.Id, StringComparer.Ordinal).Select(TixMapping.ToMovie).ToList(),
                    listed.DistinctBy(s => s.MovieId, StringComparer.Ordinal).ToList()));
            }

            var theatresSeen = scrapes.SelectMany(s => s.Schedules).SelectMany(s => s.Theatres).Select(t => t.TheatreId).Distinct(StringComparer.Ordinal).Count();
            var showtimes = scrapes.Sum(s => s.ShowtimeCount);
            Record("ok", activity);
            logger.LogInformation("{City}: {Movies} movies, {Theatres} theatres, {Showtimes} showtimes in {Requests} requests",
                city.Name, movies.Count, theatresSeen, showtimes, tally.Count);
            return new CitySweep(scrapes, new WorkItemOutcome(Core.Runs.WorkItemStatus.Ok, null, movies.Count, theatresSeen, showtimes, tally.Count, traceId));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Record("failed", activity);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            logger.LogWarning(ex, "{City} failed after {Requests} requests", city.Name, tally.Count);
            return new CitySweep([], WorkItemOutcome.Failed(Reason(ex), tally.Count, traceId));
        }
    }

    /// <summary>The schedules of <paramref name="movies"/> in an open city session for one date, every page of each.</summary>
    public async Task<List<CityMovieSchedule>> ReadSchedulesAsync(
        ICitySession session, City city, IReadOnlyList<TixMovie> movies, DateOnly date, CancellationToken cancellationToken)
    {
        var cityRef = new CityRef(city.Id, city.Name);
        var schedules = new List<CityMovieSchedule>(movies.Count);
        foreach (var movie in movies)
        {
            schedules.Add(new CityMovieSchedule(movie.Id, await ReadScheduleAsync(session, movie, cityRef, city.TimeZone, date, cancellationToken)));
        }

        return schedules;
    }

    private async Task<IReadOnlyList<TheatreSchedule>> ReadScheduleAsync(
        ICitySession session, TixMovie movie, CityRef city, IndonesianTimeZone zone, DateOnly date, CancellationToken cancellationToken)
    {
        var theatres = new List<TheatreSchedule>();
        for (var page = 1; page <= options.Value.MaxSchedulePages; page++)
        {
            TixSchedulePage result;
            try
            {
                result = await session.GetSchedulePageAsync(movie, date, page, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new SweepStepException($"schedules of {movie.Title} ({movie.Id}), page {page}: {ex.Message}", ex);
            }

            theatres.AddRange(result.Theatres.Select(t => TixMapping.ToTheatreSchedule(t, city, zone, options.Value.DisplayTimeZone, date)));
            if (!result.HasNext || result.Theatres.Count == 0)
            {
                break;
            }
        }

        return TixMapping.MergePages(theatres);
    }

    private void Record(string outcome, Activity? activity)
    {
        telemetry.Cities.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        activity?.SetTag("cineradar.outcome", outcome);
    }

    /// <summary>Why a city's read failed, in one line for its run record.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        SweepStepException step => step.Message,
        OperationCanceledException => "timed out",
        _ => $"movie list: {ex.Message}",
    };
}

/// <summary>A step of a city's sweep failed; the message says which.</summary>
public sealed class SweepStepException(string message, Exception inner) : Exception(message, inner);
