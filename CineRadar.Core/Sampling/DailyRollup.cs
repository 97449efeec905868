namespace CineRadar.Core.Sampling;

public enum RollupDimension
{
    Movie,
    Theatre,
    City,
    Region,
    Chain,

    /// <summary>The whole country: one rollup a day (key <c>national</c>), whose interval is the national one.</summary>
    National,
}

/// <summary>
/// A day's totals for one movie, theatre, city, region or chain. <see cref="Admissions"/> and the gross cover every
/// scheduled showtime: those read, and those the sampling design left unread, estimated from the read ones of their
/// stratum. <see cref="AdmissionsLow"/>..<see cref="AdmissionsHigh"/> and <see cref="GrossLow"/>..<see cref="GrossHigh"/>
/// are 90 % intervals. <see cref="Capacity"/> and the occupancy count only the showtimes that have an estimate;
/// <see cref="Showtimes"/> counts every scheduled one. While the day runs the totals are a projection of the whole day
/// (<see cref="Nowcast.DayProjection"/>) and <see cref="AdmissionsSoFar"/> and <see cref="GrossSoFar"/> count the shows
/// that have started; once the last show has started they equal the totals. They are null on rollups folded before
/// CineRadar projected, whose totals are then all there is.
/// </summary>
public sealed record DailyRollup(
    DateOnly Date,
    RollupDimension Dimension,
    string Key,
    string Name,
    long Admissions,
    long EstimatedGrossRupiah,
    long Capacity,
    int Showtimes,
    int EstimatedShowtimes,
    DateTimeOffset UpdatedAt,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLow,
    long GrossHigh,
    long? AdmissionsSoFar = null,
    long? GrossSoFar = null)
{
    /// <summary>Whether the day was still running when this was folded: the totals are then a projection.</summary>
    public bool IsProjection => AdmissionsSoFar is { } soFar && (soFar != Admissions || GrossSoFar != EstimatedGrossRupiah);

    public double OccupancyPct => Seats.Occupancy.Percent(Admissions, Capacity);
}
