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
/// <see cref="Showtimes"/> counts every scheduled one.
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
    long GrossHigh)
{
    public double OccupancyPct => Seats.Occupancy.Percent(Admissions, Capacity);
}
