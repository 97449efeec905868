using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;

namespace CineRadar.Data;

/// <summary>
/// Checks every adapter makes before writing, so that bad data is refused with a clear error before anything is
/// touched and nothing already stored is lost.
/// </summary>
internal static class StoreGuards
{
    public static void Check(CatalogPublication publication)
    {
        Require(publication.RunId, "publication.RunId");
        var cities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in publication.Cities)
        {
            Require(city.CityId, "city.CityId");
            Require(city.CityName, $"city {city.CityId}: CityName");
            if (!cities.Add(city.CityId))
            {
                throw new ArgumentException($"City {city.CityId} appears twice in the publication.", nameof(publication));
            }

            if (city.Date != publication.Date)
            {
                throw new ArgumentException($"City {city.CityName} was swept for {city.Date:yyyy-MM-dd}, not {publication.Date:yyyy-MM-dd}.", nameof(publication));
            }

            var movies = new HashSet<string>(StringComparer.Ordinal);
            foreach (var movie in city.Movies)
            {
                Require(movie.Id, $"city {city.CityName}: movie id");
                Require(movie.Title, $"movie {movie.Id}: Title");
                if (!movies.Add(movie.Id))
                {
                    throw new ArgumentException($"Movie {movie.Id} is listed twice in {city.CityName}.", nameof(publication));
                }
            }

            foreach (var schedule in city.Schedules)
            {
                if (!movies.Contains(schedule.MovieId))
                {
                    throw new ArgumentException($"{city.CityName} has a schedule for movie {schedule.MovieId}, which it does not list.", nameof(publication));
                }

                foreach (var theatre in schedule.Theatres)
                {
                    Check(theatre);
                }
            }
        }
    }

    public static void Check(TheatreSchedule theatre)
    {
        Require(theatre.TheatreId, "theatre id");
        Require(theatre.TheatreName, $"theatre {theatre.TheatreId}: TheatreName");
        Require(theatre.CityId, $"theatre {theatre.TheatreId}: CityId");
        foreach (var showtime in theatre.Rooms.SelectMany(r => r.Showtimes))
        {
            Require(showtime.Id, $"theatre {theatre.TheatreId}: showtime id");
        }
    }

    public static void Check(SeatSample sample)
    {
        Require(sample.ShowtimeId, "sample.ShowtimeId");
        Require(sample.Kind, $"sample {sample.ShowtimeId}: Kind");
        Require(sample.MovieId, $"sample {sample.ShowtimeId}: MovieId");
        Require(sample.TheatreId, $"sample {sample.ShowtimeId}: TheatreId");
    }

    public static void Check(DateOnly date, IEnumerable<ShowtimeEstimate> estimates, IEnumerable<DailyRollup> rollups)
    {
        foreach (var estimate in estimates)
        {
            Check(estimate, date);
        }

        foreach (var rollup in rollups)
        {
            Check(rollup, date);
        }
    }

    public static void Check(ShowtimeEstimate estimate, DateOnly date)
    {
        Require(estimate.ShowtimeId, "estimate.ShowtimeId");
        if (estimate.Date != date)
        {
            throw new ArgumentException($"Estimate {estimate.ShowtimeId} is for {estimate.Date:yyyy-MM-dd}, not {date:yyyy-MM-dd}.", nameof(estimate));
        }

        if (estimate.Admissions < 0 || estimate.Capacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(estimate), $"Estimate {estimate.ShowtimeId} has negative seats.");
        }
    }

    public static void Check(DailyRollup rollup, DateOnly date)
    {
        Require(rollup.Key, $"{rollup.Dimension} rollup key");
        if (rollup.Date != date)
        {
            throw new ArgumentException($"Rollup {rollup.Dimension}/{rollup.Key} is for {rollup.Date:yyyy-MM-dd}, not {date:yyyy-MM-dd}.", nameof(rollup));
        }
    }

    public static void Check(TheatreLocation location)
    {
        if (!location.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(location), $"({location.Latitude}, {location.Longitude}) is not a latitude and longitude.");
        }
    }

    public static void Check(ApiKey key)
    {
        Require(key.Id, "key.Id");
        Require(key.SecretHash, $"key {key.Id}: SecretHash");
        Require(key.Name, $"key {key.Id}: Name");
    }

    public static void Check(CityMapping mapping)
    {
        if (mapping.RegionId == RegionId.Unassigned || !Enum.IsDefined(mapping.RegionId) || !Enum.IsDefined(mapping.TimeZone))
        {
            throw new ArgumentException($"{mapping.RegionId} in {mapping.TimeZone} is not a region and time zone a city can be mapped to.", nameof(mapping));
        }

        Require(mapping.MappedBy, "mapping.MappedBy");
    }

    public static string Require(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{what} is missing.") : value;

    /// <summary>A reading request ends done or failed, never pending again.</summary>
    public static void RequireReadingOutcome(string status)
    {
        if (status is not (ReadingRequestStatuses.Done or ReadingRequestStatuses.Failed))
        {
            throw new ArgumentException($"A reading request cannot end '{status}'.", nameof(status));
        }
    }

    /// <summary>A delivery attempt leaves it pending, delivered or failed.</summary>
    public static void RequireWebhookStatus(string status)
    {
        if (status is not (CineRadar.Core.Webhooks.WebhookDeliveryStatuses.Pending
            or CineRadar.Core.Webhooks.WebhookDeliveryStatuses.Delivered
            or CineRadar.Core.Webhooks.WebhookDeliveryStatuses.Failed))
        {
            throw new ArgumentException($"A webhook delivery cannot be '{status}'.", nameof(status));
        }
    }
}
