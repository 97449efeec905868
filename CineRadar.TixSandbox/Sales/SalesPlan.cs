using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Sales;

/// <summary>
/// How one showtime sells: the final admissions, a cumulative curve from the opening of sales to the start
/// (<see cref="SalesCurve"/>), the seats blocked without being sold (drawn from <paramref name="blockSeed"/>: the room's,
/// or the show's own with <c>Sandbox:Sales:Blocking</c> <c>Show</c>), and an optional house lock (every seat unavailable)
/// shortly before the start. Tickets are bought one by one, each at a point of the curve drawn deterministically from
/// the showtime's seed, so the count at any moment is a whole number whose expected value follows the curve. A
/// cancelled show has sold nothing from its cancellation on (the tickets are refunded).
/// </summary>
internal sealed class SalesPlan(
    SeatGrid seats,
    ulong seatSeed,
    ulong blockSeed,
    double blockedShare,
    int blockedSeats,
    int finalAdmissions,
    SalesCurve curve,
    DateTimeOffset startsAt,
    DateTimeOffset? houseLockFrom,
    DateTimeOffset? cancelledAt = null)
{
    private SeatAllocation? _allocation;
    private double[]? _purchases;

    public int TotalSeats => seats.SeatCount;

    public int BlockedSeats => blockedSeats;

    /// <summary>Tickets sold when the show starts (the true admissions); 0 for a cancelled show.</summary>
    public int FinalAdmissions => cancelledAt is null ? finalAdmissions : 0;

    public DateTimeOffset? HouseLockFrom => houseLockFrom;

    /// <summary>The same sales, refunded from <paramref name="at"/> on.</summary>
    public SalesPlan CancelledAt(DateTimeOffset at) =>
        new(seats, seatSeed, blockSeed, blockedShare, blockedSeats, finalAdmissions, curve, startsAt, houseLockFrom, at);

    /// <summary>Whether every sellable seat is sold at <paramref name="at"/>.</summary>
    public bool IsSoldOutAt(DateTimeOffset at) => finalAdmissions == seats.SeatCount - blockedSeats && SoldAt(at) >= finalAdmissions;

    /// <summary>Which seat sells when: computed on first use and kept.</summary>
    public SeatAllocation Allocation => _allocation ??= SeatAllocation.Build(seats, seatSeed, blockSeed, blockedShare);

    /// <summary>True sold seats at <paramref name="at"/> (blocked seats excluded); the final admissions from the start on.</summary>
    public int SoldAt(DateTimeOffset at)
    {
        if (at >= cancelledAt)
        {
            return 0;
        }

        if (at >= startsAt)
        {
            return finalAdmissions;
        }

        if (at <= curve.OpensAt)
        {
            return 0;
        }

        var fraction = curve.ShareAt(at);
        var purchases = _purchases ??= Purchases();
        var index = Array.BinarySearch(purchases, fraction);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>Where on the curve (0..1) each ticket is bought, in order.</summary>
    private double[] Purchases()
    {
        var random = new Generation.DeterministicRandom(seatSeed ^ 0xA5A5_5A5A_C3C3_3C3CUL);
        var purchases = new double[finalAdmissions];
        if (curve.EvenPurchases)
        {
            for (var i = 0; i < purchases.Length; i++)
            {
                purchases[i] = (i + random.NextDouble()) / purchases.Length;
            }

            return purchases;
        }

        for (var i = 0; i < purchases.Length; i++)
        {
            purchases[i] = random.NextDouble();
        }

        Array.Sort(purchases);
        return purchases;
    }

    public bool IsHouseLockedAt(DateTimeOffset at) => houseLockFrom is { } from && at >= from && at < startsAt && (cancelledAt is null || at < cancelledAt);
}
