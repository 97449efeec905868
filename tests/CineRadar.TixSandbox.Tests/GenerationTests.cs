using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;
using CineRadar.TixSandbox.Payloads;
using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The generated market: national scale, determinism from (seed, date), time zones.</summary>
public sealed class GenerationTests
{
    private static readonly DateOnly Day = TestSandbox.Today;
    private static readonly SandboxOptions Options = new();

    [Fact]
    public void SameSeedAndDateWriteIdenticalBytes()
    {
        var first = Payloads(20260110);
        var second = Payloads(20260110);

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].SequenceEqual(second[i]), $"payload {i} differs");
        }
    }

    [Fact]
    public void DifferentSeedsWriteDifferentBytes()
    {
        var first = Payloads(1);
        var second = Payloads(2);

        // The city list is TIX's own table and stays; movies, schedules and layouts change with the seed.
        Assert.True(first[0].SequenceEqual(second[0]));
        Assert.All(Enumerable.Range(1, first.Count - 1), i => Assert.False(first[i].SequenceEqual(second[i])));
    }

    [Fact]
    public void MarketHasNationalScale()
    {
        var world = WorldGenerator.Generate(20260110, fourthChain: false);
        var day = ScheduleGenerator.Generate(world, Day, Options.Sales);

        Assert.Equal(83, world.Markets.Count);
        Assert.InRange(world.Theatres.Count, 450, 520);
        Assert.InRange(world.Movies.Count, 25, 35);
        Assert.InRange(day.Showtimes.Count(s => !s.Movie.Presale), 11_000, 13_000);
        Assert.All(world.Markets, m => Assert.NotEmpty(world.TheatresByCityId[m.City.Id]));
        var largest = world.TheatresByCityId.MaxBy(c => c.Value.Count);
        Assert.Equal("JAKARTA", largest.Value[0].City.Name);
        Assert.InRange(largest.Value.Count, 60, 80);
        Assert.Equal(
            [LayoutVariant.NestedGaps, LayoutVariant.NestedAisleEntries, LayoutVariant.Flat, LayoutVariant.FlatCgv],
            world.Theatres.Select(t => t.Layout).Distinct().Order());
        Assert.Equal(["CGV", "Cinépolis", "XXI"], world.Theatres.Select(t => t.Chain.MerchantName).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BlockedSeatsBelongToTheRoomAndAreTheSameInEachOfItsShows()
    {
        var world = WorldGenerator.Generate(20260110, fourthChain: false);
        var day = ScheduleGenerator.Generate(world, Day, Options.Sales);
        static int[] BlockedOf(SandboxShowtime show) =>
            [.. show.Sales.Allocation.RankOf.Select((rank, seat) => (rank, seat)).Where(s => s.rank == SeatAllocation.Blocked).Select(s => s.seat)];

        var rooms = day.Showtimes.GroupBy(s => (s.Theatre.Id, s.Room.Number)).Where(g => g.Count() > 1).Take(300).ToList();

        Assert.All(rooms, room => Assert.All(room, show => Assert.Equal(BlockedOf(room.First()), BlockedOf(show))));
        Assert.Contains(rooms, room => BlockedOf(room.First()).Length > 0);
        // Sales still differ between the shows of a room.
        Assert.Contains(rooms, room => room.Select(s => string.Join(',', s.Sales.Allocation.RankOf.Take(20))).Distinct().Count() > 1);
    }

    [Fact]
    public void EveryIdIsANineteenDigitString()
    {
        var world = WorldGenerator.Generate(20260110, fourthChain: false);
        var day = ScheduleGenerator.Generate(world, Day, Options.Sales);
        var ids = world.Theatres.Select(t => t.Id)
            .Concat(world.Movies.Select(m => m.ScheduleId))
            .Concat(world.Movies.Where(m => m.ListingId is not null).Select(m => m.ListingId!))
            .Concat(day.Showtimes.Select(s => s.Id))
            .ToList();

        Assert.All(ids, id => Assert.Matches("^[1-9][0-9]{18}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void RoomsHaveRealisticSeatsCategoriesAndPrices()
    {
        var world = WorldGenerator.Generate(20260110, fourthChain: false);
        var day = ScheduleGenerator.Generate(world, Day, Options.Sales);
        var rooms = world.Theatres.SelectMany(t => t.Rooms).ToList();

        Assert.All(rooms, r => Assert.InRange(r.Seats.SeatCount, 80, 400));
        Assert.Contains(rooms, r => r.Category == "REGULAR ");
        Assert.Contains(rooms, r => r.Category == "GOLD CLASS 2D");
        var prices = day.Schedules.Values.SelectMany(t => t).SelectMany(t => t.PriceGroups).Select(g => g.PriceString).ToList();
        Assert.All(prices, p => Assert.Matches(@"^Rp\d{2,3}\.000( - Rp\d{2,3}\.000)?$", p));
        Assert.Contains(prices, p => p.Contains(" - ", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowtimesRunFromTenToAfterElevenLocalTimeInTheirCitysZone()
    {
        var world = WorldGenerator.Generate(20260110, fourthChain: false);
        var day = ScheduleGenerator.Generate(world, Day, Options.Sales);

        Assert.Equal("10:00", day.Showtimes.Min(s => s.DisplayTime));
        Assert.True(string.CompareOrdinal(day.Showtimes.Max(s => s.DisplayTime), "23:00") > 0);
        Assert.All(day.Showtimes, s =>
            Assert.Equal(s.DisplayTime, s.StartsAt.ToOffset(CineRadar.Core.Reference.IndonesianTimeZones.UtcOffset(s.Theatre.City.TimeZone)).ToString("HH:mm")));
        var witOpening = day.Showtimes.First(s => s.Theatre.City.Name == "JAYAPURA" && s.DisplayTime == "10:00");
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 1, 0, 0, TimeSpan.Zero), witOpening.StartsAt);
    }

    [Fact]
    public void FourthChainAddsTheatresWithoutChangingTheOthers()
    {
        var three = WorldGenerator.Generate(20260110, fourthChain: false);
        var four = WorldGenerator.Generate(20260110, fourthChain: true);

        var flix = four.Theatres.Where(t => t.Chain == SandboxChain.Flix).ToList();
        Assert.InRange(flix.Count, 10, 15);
        Assert.Equal(three.Theatres.Select(t => t.Id), four.Theatres.Take(three.Theatres.Count).Select(t => t.Id));
    }

    [Fact]
    public void AboutAThirdOfTheMoviesListAnIdOtherThanTheScheduleId()
    {
        var world = WorldGenerator.Generate(20260110, fourthChain: false);

        Assert.InRange(world.Movies.Count(m => m.ListingId is not null && m.ListingId != m.ScheduleId), 8, 12);
    }

    /// <summary>City list, movie lists, schedule pages and layouts of one (seed, date) at a fixed instant.</summary>
    private static List<byte[]> Payloads(long seed)
    {
        var world = WorldGenerator.Generate(seed, fourthChain: false);
        var store = new CatalogStore(world, Options);
        var now = TestSandbox.Morning;
        var listings = new CityListings(store);
        var payloads = new List<byte[]> { Bytes(CatalogPayloads.Cities(world, Contracts.SandboxContract.Default)) };
        foreach (var city in new[] { "JAKARTA", "BALI", "JAYAPURA" })
        {
            var cityId = world.Markets.First(m => m.City.Name == city).City.Id;
            payloads.Add(Bytes(CatalogPayloads.Movies(listings.For(cityId, now), "http://127.0.0.1:5180")));
        }

        var day = store.Day(Day);
        foreach (var schedule in day.Schedules.OrderBy(s => s.Key.MovieId, StringComparer.Ordinal).ThenBy(s => s.Key.CityId, StringComparer.Ordinal).Take(5))
        {
            payloads.Add(Bytes(CatalogPayloads.SchedulePage(schedule.Value, 1, 10, now)));
        }

        foreach (var showtime in day.Showtimes.Where((_, i) => i % 2_000 == 0))
        {
            payloads.Add(Bytes(LayoutPayload.Write(showtime, now.AddHours(2))));
        }

        return payloads;
    }

    private static byte[] Bytes(JsonPayload payload)
    {
        using (payload)
        {
            return payload.Body.ToArray();
        }
    }
}
