using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Sales;

/// <summary>
/// Final demand of a showtime from movie popularity, weekday, hour of day (evening peak), city size and room tier,
/// with log-normal noise; sales open 30 hours before the start and follow a convex curve (most sales late). Blocked
/// seats (broken, kept for staff) belong to the room: the same seats in every show of the room.
/// </summary>
internal static class DemandModel
{
    private const double BaseOccupancy = 0.16;
    private static readonly TimeSpan SalesWindow = TimeSpan.FromHours(30);

    public static SalesPlan Plan(
        string showtimeId, long seed, string theatreId, SandboxMovie movie, SandboxRoom room, CityMarket market, DateOnly date, int localHour,
        DateTimeOffset startsAt, SalesOptions options)
    {
        var random = DeterministicRandom.For(seed, "demand", showtimeId);
        var seatSeed = StableHash.Combine((ulong)seed, StableHash.Of(showtimeId));
        var roomSeed = StableHash.Combine((ulong)seed, StableHash.Of($"{theatreId}/{room.Number}"));
        var blocked = SeatAllocation.CountBlocked(room.Seats.SeatCount, roomSeed, options.BlockedSeatShare);
        var sellable = room.Seats.SeatCount - blocked;
        var demand = BaseOccupancy * movie.Popularity * WeekdayFactor(date.DayOfWeek) * HourFactor(localHour)
            * CityFactor(market) * TierFactor(room.Tier) * random.LogNormal(0.45);
        var final = demand >= 0.97 ? sellable : (int)Math.Round(sellable * demand);
        var lockLead = options.HouseLockLead + TimeSpan.FromSeconds(random.Between(-240, 240));
        DateTimeOffset? houseLockFrom = random.Chance(options.HouseLockShare) ? startsAt - lockLead : null;
        return new SalesPlan(
            room.Seats, seatSeed, roomSeed, options.BlockedSeatShare, blocked, final, startsAt - SalesWindow, startsAt,
            random.Between(3.0, 6.0), houseLockFrom);
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
