using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Sales;

/// <summary>
/// How one showtime sells: the final admissions, a cumulative curve from the opening of sales to the start, the seats
/// blocked without being sold, and an optional house lock (every seat unavailable) shortly before the start.
/// </summary>
internal sealed class SalesPlan(
    SeatGrid seats,
    ulong seatSeed,
    double blockedShare,
    int blockedSeats,
    int finalAdmissions,
    DateTimeOffset salesOpenAt,
    DateTimeOffset startsAt,
    double curveExponent,
    DateTimeOffset? houseLockFrom)
{
    private SeatAllocation? _allocation;

    public int TotalSeats => seats.SeatCount;

    public int BlockedSeats => blockedSeats;

    /// <summary>Tickets sold when the show starts (the true admissions).</summary>
    public int FinalAdmissions => finalAdmissions;

    public DateTimeOffset? HouseLockFrom => houseLockFrom;

    public bool SellsOut => finalAdmissions == seats.SeatCount - blockedSeats;

    /// <summary>Which seat sells when: computed on first use and kept.</summary>
    public SeatAllocation Allocation => _allocation ??= SeatAllocation.Build(seats, seatSeed, blockedShare);

    /// <summary>True sold seats at <paramref name="at"/> (blocked seats excluded); the final admissions from the start on.</summary>
    public int SoldAt(DateTimeOffset at)
    {
        if (at >= startsAt)
        {
            return finalAdmissions;
        }

        if (at <= salesOpenAt)
        {
            return 0;
        }

        var x = (at - salesOpenAt) / (startsAt - salesOpenAt);
        var fraction = (0.12 * x) + (0.88 * Math.Pow(x, curveExponent));
        return Math.Min(finalAdmissions, (int)(finalAdmissions * fraction));
    }

    public bool IsHouseLockedAt(DateTimeOffset at) => houseLockFrom is { } from && at >= from && at < startsAt;
}
