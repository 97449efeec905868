using CineRadar.Core.Sampling;

namespace CineRadar.Api.Contracts;

internal static class DayFiguresMapping
{
    extension(DayFigures)
    {
        /// <summary>A day's figures as its rollup holds them.</summary>
        public static DayFigures From(DailyRollup rollup) => new(
            rollup.Date,
            rollup.Admissions,
            rollup.EstimatedGrossRupiah,
            rollup.Showtimes,
            rollup.OccupancyPct,
            rollup.AdmissionsLow,
            rollup.AdmissionsHigh,
            rollup.GrossLow,
            rollup.GrossHigh);

        /// <summary>A day without a rollup: nothing was seen playing.</summary>
        public static DayFigures None(DateOnly date) => new(date, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
