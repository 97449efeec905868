using CineRadar.Api.Views;
using CineRadar.Core.Catalog;
using CineRadar.Core.Seats;

namespace CineRadar.Api.Contracts;

internal static class MovieSummaryMapping
{
    extension(MovieSummary)
    {
        /// <summary>
        /// A movie on a date, in the whole country or in one city: its reach, and (once sampled) the admissions and gross
        /// estimated for it and how full its shows are on average: seats taken over seats, summed over every show with a
        /// reading, each at its newest reading that is not house-locked (the last one before the lock).
        /// </summary>
        public static MovieSummary From(MovieSchedule schedule, DayView day, string? cityId = null)
        {
            var theatres = schedule.Theatres.Where(t => cityId is null || t.CityId == cityId).ToList();
            var showtimeIds = theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).ToList();
            var estimates = showtimeIds.Select(day.Estimates.GetValueOrDefault).OfType<Core.Sampling.ShowtimeEstimate>().ToList();
            var readings = showtimeIds.Select(day.LatestUnlocked.GetValueOrDefault).OfType<Core.Stores.SeatSampleSummary>().ToList();
            var movie = schedule.Movie;
            return new MovieSummary(
                movie.Id,
                movie.Title,
                movie.Genres,
                movie.PosterUrl,
                movie.AgeCategory,
                movie.Country,
                movie.IsPresale,
                movie.Merchants,
                cityId is null ? schedule.Cities.Count : 1,
                theatres.Select(t => t.TheatreId).Distinct(StringComparer.Ordinal).Count(),
                showtimeIds.Count,
                estimates.Count == 0 ? null : estimates.Sum(e => (long)e.Admissions),
                estimates.Count == 0 ? null : estimates.Sum(e => e.EstimatedGrossRupiah),
                readings.Count == 0 ? null : Occupancy.Percent(readings.Sum(r => (long)r.Unavailable), readings.Sum(r => (long)r.Total)),
                estimates.Count == 0 ? null : estimates.Sum(e => (long)e.AdmissionsLow),
                estimates.Count == 0 ? null : estimates.Sum(e => (long)e.AdmissionsHigh),
                estimates.Count == 0 ? null : estimates.Sum(e => e.GrossLowRupiah),
                estimates.Count == 0 ? null : estimates.Sum(e => e.GrossHighRupiah));
        }
    }
}
