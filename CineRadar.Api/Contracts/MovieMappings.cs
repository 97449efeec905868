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
            var ids = showtimeIds.ToHashSet(StringComparer.Ordinal);
            var estimated = showtimeIds.Any(day.Estimates.ContainsKey);
            var total = cityId is null && day.RollupsBy(Core.Sampling.RollupDimension.Movie).FirstOrDefault(r => r.Key == schedule.Movie.Id) is { } rollup
                ? (rollup.Admissions, Gross: rollup.EstimatedGrossRupiah, rollup.AdmissionsLow, rollup.AdmissionsHigh, rollup.GrossLow, rollup.GrossHigh)
                : Rounded(day.TotalOf(day.Showtimes.Where(s => ids.Contains(s.ShowtimeId))));
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
                estimated ? total.Admissions : null,
                estimated ? total.Gross : null,
                readings.Count == 0 ? null : Occupancy.Percent(readings.Sum(r => (long)r.Unavailable), readings.Sum(r => (long)r.Total)),
                estimated ? total.AdmissionsLow : null,
                estimated ? total.AdmissionsHigh : null,
                estimated ? total.GrossLow : null,
                estimated ? total.GrossHigh : null);
        }

        private static (long Admissions, long Gross, long AdmissionsLow, long AdmissionsHigh, long GrossLow, long GrossHigh) Rounded(Core.Sampling.Design.GroupTotal total) => (
            (long)Math.Round(total.Admissions), (long)Math.Round(total.Gross), (long)Math.Floor(total.AdmissionsLow),
            (long)Math.Ceiling(total.AdmissionsHigh), (long)Math.Floor(total.GrossLow), (long)Math.Ceiling(total.GrossHigh));
    }
}
