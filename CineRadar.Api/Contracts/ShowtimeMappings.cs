using CineRadar.Core.Sampling;

namespace CineRadar.Api.Contracts;

// A showtime's readings: the newest with its seat map, every one as a point of the curve, and the estimate.

internal static class SeatMapMapping
{
    extension(SeatMap)
    {
        public static SeatMap? From(SeatSample? sample) => sample is null ? null : new(
            sample.Kind, sample.SampledAt, sample.Layout.Total, sample.Layout.Available, sample.Layout.Unavailable, sample.Layout.OccupancyPct,
            sample.HouseLocked, sample.Layout.Rows.Select(r => new SeatRowDto(r.Label, r.Seats)).ToList());
    }
}

internal static class CurvePointMapping
{
    extension(CurvePoint)
    {
        public static CurvePoint From(SeatSample sample) => new(
            sample.Kind, sample.SampledAt, sample.Layout.OccupancyPct, sample.Layout.Unavailable, sample.Layout.Total, sample.HouseLocked);
    }
}

internal static class EstimateMapping
{
    extension(Estimate)
    {
        public static Estimate? From(ShowtimeEstimate? estimate) =>
            estimate is null
                ? null
                : new(estimate.Admissions, estimate.EstimatedGrossRupiah, estimate.Basis, estimate.AdmissionsLow, estimate.AdmissionsHigh,
                    estimate.GrossLowRupiah, estimate.GrossHighRupiah);
    }
}
