using System.Globalization;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Model;
using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Generation;

/// <summary>
/// Generates one WIB business day: every room runs shows from 10:00 (staggered) until a last start no later than
/// 23:45 local time, switching movies now and then; each showtime gets its price and its sales plan. With
/// <c>Sandbox:Changes</c> on, the generated day then changes as it goes (<see cref="DayChanges"/>).
/// </summary>
internal static class ScheduleGenerator
{
    public static readonly TimeOnly FirstShow = new(10, 0);
    public static readonly TimeOnly LastStart = new(23, 45);
    private const int MatineeEndHour = 17;

    public static DayCatalog Generate(World world, DateOnly date, SalesOptions sales, ChangesOptions? changes = null)
    {
        var showtimes = new List<SandboxShowtime>(13_000);
        foreach (var theatre in world.Theatres)
        {
            var random = DeterministicRandom.For(world.Seed, "day", $"{date:yyyy-MM-dd}/{theatre.Id}");
            var movies = MoviesShownAt(world, theatre);
            if (movies.Count == 0)
            {
                continue;
            }

            // Presale titles get a few shows (premieres), not whole rooms.
            double[] weights = [.. movies.Select(m => m.Presale ? m.Popularity * 0.25 : m.Popularity)];
            foreach (var room in theatre.Rooms)
            {
                var movie = movies[random.PickWeighted(weights)];
                // Every theatre opens with a 10:00 show in its first room; the other rooms start staggered.
                var start = room.Number == 1 ? FirstShow : FirstShow.AddMinutes(random.Between(0, 18) * 10);
                while (start <= LastStart && start >= FirstShow)
                {
                    showtimes.Add(Showtime(world, date, theatre, room, movie, start, showtimes.Count, random.NextUInt64(), sales));
                    start = NextStart(start, movie.RuntimeMinutes + random.Between(25, 40));
                    movie = random.Chance(0.35) ? movies[random.PickWeighted(weights)] : movie;
                }
            }
        }

        if (changes is { Enabled: true })
        {
            showtimes = DayChanges.Apply(world, date, showtimes, sales, changes);
        }

        return new DayCatalog(date, showtimes, IndexSchedules(showtimes));
    }

    /// <summary>The movies a theatre can show: those playing in its city on its chain.</summary>
    public static List<SandboxMovie> MoviesShownAt(World world, SandboxTheatre theatre) =>
        [.. world.Movies.Where(m => m.CityIds.Contains(theatre.City.Id) && m.Chains.Contains(theatre.Chain))];

    /// <summary>
    /// A show of a day with its id, instant, price and sales plan. Ids are minted two days before the day, one second
    /// apart by <paramref name="sequence"/> (see <see cref="Catalog.CatalogStore.FindShowtime"/>).
    /// </summary>
    public static SandboxShowtime Showtime(
        World world, DateOnly date, SandboxTheatre theatre, SandboxRoom room, SandboxMovie movie, TimeOnly start, int sequence, ulong noise, SalesOptions sales)
    {
        var idBase = IndonesianClock.BusinessDayBounds(date).Start.AddDays(-2);
        var id = SnowflakeIds.Create(idBase.AddSeconds(sequence), noise);
        var (startsAt, displayTime, price, plan) = Timing(world, date, id, theatre, room, movie, start, sales);
        return new SandboxShowtime(id, date, movie, theatre, room, startsAt, displayTime, price, plan);
    }

    /// <summary>The same show at another local start: instant, display time, price and sales follow the new start.</summary>
    public static SandboxShowtime Rescheduled(World world, SandboxShowtime showtime, TimeOnly start, SalesOptions sales)
    {
        var (startsAt, displayTime, price, plan) = Timing(world, showtime.Date, showtime.Id, showtime.Theatre, showtime.Room, showtime.Movie, start, sales);
        return showtime with { StartsAt = startsAt, DisplayTime = displayTime, Price = price, Sales = plan };
    }

    private static (DateTimeOffset StartsAt, string DisplayTime, int Price, SalesPlan Plan) Timing(
        World world, DateOnly date, string id, SandboxTheatre theatre, SandboxRoom room, SandboxMovie movie, TimeOnly start, SalesOptions sales)
    {
        var startsAt = IndonesianClock.LocalInstant(date, start, theatre.City.TimeZone).ToUniversalTime();
        var market = world.MarketsByCityId[theatre.City.Id];
        var plan = DemandModel.Plan(id, world.Seed, theatre.Id, movie, room, market, date, start.Hour, startsAt, sales);
        return (startsAt, start.ToString("HH:mm", CultureInfo.InvariantCulture), TicketPrice(room, date, start), plan);
    }

    /// <summary>The next start, rounded up to five minutes; past midnight it wraps below 10:00 and ends the room's day.</summary>
    private static TimeOnly NextStart(TimeOnly start, int minutes)
    {
        var next = start.AddMinutes(minutes);
        var remainder = next.Minute % 5;
        return remainder == 0 ? next : next.AddMinutes(5 - remainder);
    }

    private static int TicketPrice(SandboxRoom room, DateOnly date, TimeOnly start)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendSurcharge(room) : 0;
        var evening = room.PricedAsRange && start.Hour >= MatineeEndHour ? RangeStep(room) : 0;
        return room.BasePrice + weekend + evening;
    }

    private static int WeekendSurcharge(SandboxRoom room) => room.Tier == RoomTier.Premium ? 25_000 : 10_000;

    private static int RangeStep(SandboxRoom room) => room.Tier == RoomTier.Premium ? 50_000 : 5_000;

    /// <summary>The <c>price_string</c> of a room category on a day: one price, or a matinee-to-evening range.</summary>
    public static string PriceString(SandboxRoom room, DateOnly date)
    {
        var low = TicketPrice(room, date, FirstShow);
        var high = TicketPrice(room, date, new TimeOnly(MatineeEndHour, 0));
        return low == high ? Rupiah(low) : $"{Rupiah(low)} - {Rupiah(high)}";
    }

    /// <summary>Rupiah as TIX writes it: "Rp35.000" ("." separates thousands).</summary>
    public static string Rupiah(int amount) => "Rp" + amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static Dictionary<(string, string), IReadOnlyList<SandboxTheatreSchedule>> IndexSchedules(List<SandboxShowtime> showtimes) =>
        showtimes
            .GroupBy(s => (s.Movie.ScheduleId, s.Theatre.City.Id))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<SandboxTheatreSchedule>)[.. g
                    .GroupBy(s => s.Theatre)
                    .OrderBy(t => t.Key.Name, StringComparer.Ordinal)
                    .Select(t => new SandboxTheatreSchedule(t.Key, PriceGroups(t)))]);

    private static PriceGroup[] PriceGroups(IEnumerable<SandboxShowtime> showtimes) =>
    [
        .. showtimes
            .GroupBy(s => s.Room.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => s.Room.Tier))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PriceGroup(
                g.Key,
                PriceString(g.First().Room, g.First().Date),
                [.. g.OrderBy(s => s.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal)])),
    ];
}
