using CineRadar.Core.Sampling;

namespace CineRadar.Api.Contracts;

// A showtime's readings: the newest with its seat map, every one as a point of the curve, and the estimate.

internal static class SeatMapMapping
{
    extension(SeatMapDto)
    {
        public static SeatMapDto? From(SeatSample? sample) => sample is null ? null : new(
            sample.Kind, sample.SampledAt, sample.Layout.Total, sample.Layout.Available, sample.Layout.Unavailable, sample.Layout.OccupancyPct,
            sample.HouseLocked, sample.Layout.Rows.Select(r => new SeatRowDto(r.Label, r.Seats)).ToList());
    }
}

internal static class CurvePointMapping
{
    extension(CurvePointDto)
    {
        public static CurvePointDto From(SeatSample sample) => new(
            sample.Kind, sample.SampledAt, sample.Layout.OccupancyPct, sample.Layout.Unavailable, sample.Layout.Total, sample.HouseLocked);
    }
}

internal static class EstimateMapping
{
    extension(EstimateDto)
    {
        public static EstimateDto? From(ShowtimeEstimate? estimate) =>
            estimate is null ? null : new(estimate.Admissions, estimate.EstimatedGrossRupiah, estimate.Basis);
    }
}
