using CineRadar.Core.Sampling;

namespace CineRadar.Api.Contracts;

internal sealed record SeatRowDto(string Label, string Seats);

/// <summary>A showtime's newest reading with its seat map: rows of <c>1</c> available, <c>0</c> unavailable, <c>_</c> gap.</summary>
internal sealed record SeatMapDto(
    string Kind, DateTimeOffset SampledAt, int Total, int Available, int Unavailable, double OccupancyPct, bool HouseLocked, IReadOnlyList<SeatRowDto> Rows)
{
    public static SeatMapDto? From(SeatSample? sample) => sample is null ? null : new(
        sample.Kind, sample.SampledAt, sample.Layout.Total, sample.Layout.Available, sample.Layout.Unavailable, sample.Layout.OccupancyPct,
        sample.HouseLocked, sample.Layout.Rows.Select(r => new SeatRowDto(r.Label, r.Seats)).ToList());
}

internal sealed record CurvePointDto(string Kind, DateTimeOffset SampledAt, double OccupancyPct, int Unavailable, int Total, bool HouseLocked)
{
    public static CurvePointDto From(SeatSample sample) => new(
        sample.Kind, sample.SampledAt, sample.Layout.OccupancyPct, sample.Layout.Unavailable, sample.Layout.Total, sample.HouseLocked);
}

internal sealed record EstimateDto(int Admissions, long GrossRupiah, string Basis)
{
    public static EstimateDto? From(ShowtimeEstimate? estimate) =>
        estimate is null ? null : new(estimate.Admissions, estimate.EstimatedGrossRupiah, estimate.Basis);
}

internal sealed record ShowtimeRoomDto(string Category, RoomFormatDto Format, string? PriceText, PriceDto? Price);

internal sealed record ShowtimeDetail(
    string Id,
    DateOnly Date,
    string Time,
    DateTimeOffset StartsAt,
    bool Bookable,
    MovieSummary Movie,
    TheatreDto Theatre,
    ShowtimeRoomDto Room,
    SeatMapDto? Latest,
    IReadOnlyList<CurvePointDto> Curve,
    EstimateDto? Estimate);
