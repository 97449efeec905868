using CineRadar.Core.Time;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Sales;

/// <summary>
/// Final demand of a showtime from movie popularity, weekday, hour of day (evening peak), city size and room tier,
/// with log-normal noise; the tickets are bought along the curve of <c>Sandbox:Sales:Model</c> (<see cref="SalesCurves"/>).
/// Blocked seats (broken, kept for staff) belong to the room, the same seats in every show of the room, or with
/// <c>Sandbox:Sales:Blocking</c> <c>Show</c> are drawn per show. The models other than <c>Standard</c> add walk-ins:
/// up to <see cref="MaxWalkInShare"/> more tickets, bought in the last minutes before the start.
/// </summary>
internal static class DemandModel
{
    private const double BaseOccupancy = 0.16;
    public const double MaxWalkInShare = 0.10;

    public static SalesPlan Plan(
        string showtimeId, long seed, string theatreId, SandboxMovie movie, SandboxRoom room, CityMarket market, DateOnly date, int localHour,
        DateTimeOffset startsAt, SalesOptions options)
    {
        var random = DeterministicRandom.For(seed, "demand", showtimeId);
        var seatSeed = StableHash.Combine((ulong)seed, StableHash.Of(showtimeId));
        var blockSeed = options.Blocking == SeatBlocking.Show
            ? StableHash.Combine(seatSeed, StableHash.Of("blocked"))
            : StableHash.Combine((ulong)seed, StableHash.Of($"{theatreId}/{room.Number}"));
        var blocked = SeatAllocation.CountBlocked(room.Seats.SeatCount, blockSeed, options.BlockedSeatShare);
        var sellable = room.Seats.SeatCount - blocked;
        var demand = BaseOccupancy * movie.Popularity * WeekdayFactor(date.DayOfWeek) * HourFactor(localHour)
            * CityFactor(market) * TierFactor(room.Tier) * random.LogNormal(0.45);
        var final = demand >= 0.97 ? sellable : (int)Math.Round(sellable * demand);
        var lockLead = options.HouseLockLead + TimeSpan.FromSeconds(random.Between(-240, 240));
        DateTimeOffset? houseLockFrom = random.Chance(options.HouseLockShare) ? startsAt - lockLead : null;
        var exponent = random.Between(3.0, 6.0);
        if (options.Model == SalesModel.Standard)
        {
            return new SalesPlan(
                room.Seats, seatSeed, blockSeed, options.BlockedSeatShare, blocked, final, SalesCurves.Standard(startsAt, exponent), startsAt, houseLockFrom);
        }

        // The other models draw from their own stream, so the standard day underneath stays the same.
        var shape = DeterministicRandom.For(seed, "sales-shape", showtimeId);
        var walkIns = Math.Min(sellable - final, (int)(final * shape.Between(0.0, MaxWalkInShare)));
        var admissions = final + walkIns;
        var walkInShare = admissions == 0 ? 0 : walkIns / (double)admissions;
        var curve = options.Model switch
        {
            SalesModel.LateRush => SalesCurves.LateRush(startsAt, exponent, shape.Between(0.35, 0.45), walkInShare),
            SalesModel.PresaleWeekend => SalesCurves.PresaleWeekend(
                startsAt, IndonesianClock.BusinessDayBounds(date).Start, shape.Between(0.60, 0.75), walkInShare),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Model, "Unknown sales model."),
        };
        return new SalesPlan(room.Seats, seatSeed, blockSeed, options.BlockedSeatShare, blocked, admissions, curve, startsAt, houseLockFrom);
    }

    private static double WeekdayFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Saturday => 1.45,
        DayOfWeek.Sunday => 1.3,
        DayOfWeek.Friday => 1.0,
        DayOfWeek.Tuesday => 0.7,
        _ => 0.8,
    };

    private static double HourFactor(int hour) => hour switch
    {
        < 12 => 0.45,
        < 15 => 0.75,
        < 17 => 0.95,
        < 19 => 1.35,
        < 21 => 1.55,
        < 22 => 1.1,
        _ => 0.7,
    };

    private static double CityFactor(CityMarket market) => market.Theatres switch
    {
        >= 20 => 1.0,
        >= 6 => 1.05,
        >= 3 => 1.1,
        _ => 1.2,
    };

    private static double TierFactor(RoomTier tier) => tier switch
    {
        RoomTier.Large => 1.1,
        RoomTier.Experience => 0.9,
        RoomTier.Premium => 0.85,
        _ => 1.0,
    };
}
