using CineRadar.Core.Time;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;
using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The sales models (<c>Sandbox:Sales:Model</c>) and seat blocking per room or per show (<c>Sandbox:Sales:Blocking</c>).</summary>
public sealed class SalesModelTests
{
    private static readonly DateOnly Day = TestSandbox.Today;
    private static readonly World World = WorldGenerator.Generate(20260110, fourthChain: false);
    private static readonly IReadOnlyList<SandboxShowtime> StandardDay = Generate(SalesModel.Standard);

    [Theory]
    [InlineData(SalesModel.Standard, SeatBlocking.Room)]
    [InlineData(SalesModel.LateRush, SeatBlocking.Room)]
    [InlineData(SalesModel.PresaleWeekend, SeatBlocking.Show)]
    public void SalesAreAFunctionOfSeedAndDate(SalesModel model, SeatBlocking blocking)
    {
        var first = Fingerprint(Generate(model, blocking));
        var again = Fingerprint(Generate(model, blocking, WorldGenerator.Generate(20260110, fourthChain: false)));
        var otherSeed = Fingerprint(Generate(model, blocking, WorldGenerator.Generate(7, fourthChain: false)));

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
    }

    [Theory]
    [InlineData(SalesModel.LateRush)]
    [InlineData(SalesModel.PresaleWeekend)]
    public void SoldSeatsRiseToTheFinalAdmissionsWithinTheSellableSeats(SalesModel model)
    {
        foreach (var show in Generate(model).Where((_, i) => i % 97 == 0))
        {
            var previous = 0;
            for (var at = show.StartsAt.AddHours(-60); at <= show.StartsAt; at = at.AddMinutes(5))
            {
                var sold = show.Sales.SoldAt(at);
                Assert.InRange(sold, previous, show.Sales.TotalSeats - show.Sales.BlockedSeats);
                previous = sold;
            }

            Assert.Equal(show.Sales.FinalAdmissions, show.Sales.SoldAt(show.StartsAt));
        }
    }

    [Fact]
    public void LateRushSellsAboutFortyPercentInTheLastFifteenMinutes()
    {
        var big = Generate(SalesModel.LateRush).Where(s => s.Sales.FinalAdmissions >= 100).ToList();

        var shares = big.Select(s => LateShare(s, TimeSpan.FromMinutes(15))).ToList();

        Assert.True(big.Count > 100, $"{big.Count} big shows");
        Assert.All(shares, share => Assert.InRange(share, 0.30, 0.50));
        Assert.InRange(shares.Average(), 0.37, 0.43);
        Assert.True(shares.Max() - shares.Min() > 0.05, "the share varies per show");
        // The standard curve sells far less that late.
        Assert.All(StandardDay.Where(s => s.Sales.FinalAdmissions >= 100), s => Assert.True(LateShare(s, TimeSpan.FromMinutes(15)) < 0.30));
    }

    [Fact]
    public void PresaleWeekendSellsMostSeatsBeforeTheDay()
    {
        var dayStarts = IndonesianClock.BusinessDayBounds(Day).Start;
        var shows = Generate(SalesModel.PresaleWeekend).Where(s => s.Sales.FinalAdmissions >= 50).ToList();

        var shares = shows.Select(s => s.Sales.SoldAt(dayStarts) / (double)s.Sales.FinalAdmissions).ToList();

        Assert.True(shows.Count > 100, $"{shows.Count} shows");
        Assert.All(shares, share => Assert.InRange(share, 0.58, 0.77));
        Assert.InRange(shares.Average(), 0.64, 0.71);
    }

    [Theory]
    [InlineData(SalesModel.LateRush)]
    [InlineData(SalesModel.PresaleWeekend)]
    public void WalkInsAreUpToATenthOfTheAdmissionsAndComeAfterTheFinalReading(SalesModel model)
    {
        var shows = Generate(model);
        var walkIns = new List<int>();

        for (var i = 0; i < shows.Count; i++)
        {
            var (show, standard) = (shows[i].Sales, StandardDay[i].Sales);
            var extra = show.FinalAdmissions - standard.FinalAdmissions;
            Assert.InRange(extra, 0, Math.Floor(show.FinalAdmissions * DemandModel.MaxWalkInShare));
            Assert.True(show.FinalAdmissions <= show.TotalSeats - show.BlockedSeats);
            // The last reading the sampler can take (T-5 min) sees every ticket but the walk-ins.
            Assert.Equal(standard.FinalAdmissions, show.SoldAt(shows[i].StartsAt - SalesCurves.WalkInWindow));
            walkIns.Add(extra);
        }

        Assert.Contains(walkIns, extra => extra > 0);
        Assert.InRange(walkIns.Sum() / (double)shows.Sum(s => s.Sales.FinalAdmissions), 0.02, 0.07);
    }

    [Fact]
    public void ShowBlockingDrawsBlockedSeatsPerShow()
    {
        var rooms = Rooms(Generate(SalesModel.Standard, SeatBlocking.Show, share: 0.05));

        Assert.All(rooms, room => Assert.True(room.Select(s => string.Join(',', BlockedOf(s))).Distinct().Count() > 1));
        Assert.Contains(rooms, room => room.Select(s => s.Sales.BlockedSeats).Distinct().Count() > 1);
        Assert.All(rooms.SelectMany(r => r), s => Assert.Equal(s.Sales.BlockedSeats, BlockedOf(s).Length));
        var share = rooms.SelectMany(r => r).Sum(s => s.Sales.BlockedSeats) / (double)rooms.SelectMany(r => r).Sum(s => s.Sales.TotalSeats);
        Assert.InRange(share, 0.04, 0.06);
    }

    [Fact]
    public void RoomBlockingKeepsTheRoomsBlockedSeatsInEachShow()
    {
        var rooms = Rooms(Generate(SalesModel.LateRush, SeatBlocking.Room, share: 0.05));

        Assert.All(rooms, room => Assert.Single(room.Select(s => string.Join(',', BlockedOf(s))).Distinct()));
        Assert.All(rooms.SelectMany(r => r), s => Assert.Equal(s.Sales.BlockedSeats, BlockedOf(s).Length));
    }

    [Theory]
    [InlineData(SalesModel.LateRush, SeatBlocking.Show)]
    [InlineData(SalesModel.PresaleWeekend, SeatBlocking.Show)]
    public async Task SeatMapsAgreeWithTheGroundTruth(SalesModel model, SeatBlocking blocking)
    {
        await using var sandbox = await TestSandbox.StartAsync(o => (o.Sales.Model, o.Sales.Blocking, o.Sales.BlockedSeatShare) = (model, blocking, 0.02));
        var shows = sandbox.Server.ShowtimesOn(Day).Where(s => s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(9)).Where((_, i) => i % 89 == 0).Take(12).ToList();
        var checks = shows
            .SelectMany(s => new[] { 180.0, 30.0, 14.0, 7.0, 2.0 }.Select(minutes => (At: s.StartsAt.AddMinutes(-minutes), Showtime: s)))
            .OrderBy(c => c.At)
            .ToList();

        foreach (var (at, showtime) in checks)
        {
            sandbox.Time.SetUtcNow(at);
            var (access, _) = await sandbox.Tix.LoginAsync();
            var truth = sandbox.Server.Truth.Find(showtime.ShowTimeId, at)!;
            using var response = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);
            var seats = Support.SeatCounts.Read((await Support.TixClient.JsonAsync(response)).GetProperty("data"));

            Assert.Equal(showtime.Blocked, truth.Blocked);
            Assert.Equal(truth.HouseLocked ? truth.TotalSeats : truth.Sold + truth.Blocked, seats.Unavailable);
        }

        Assert.All(shows, s => Assert.Equal(s.FinalAdmissions, sandbox.Server.SoldAt(s.ShowTimeId, s.StartsAt)));
    }

    private static double LateShare(SandboxShowtime show, TimeSpan window) =>
        (show.Sales.FinalAdmissions - show.Sales.SoldAt(show.StartsAt - window)) / (double)show.Sales.FinalAdmissions;

    private static List<List<SandboxShowtime>> Rooms(IReadOnlyList<SandboxShowtime> day) =>
        [.. day.GroupBy(s => (s.Theatre.Id, s.Room.Number)).Where(g => g.Count() > 2).Take(200).Select(g => g.ToList())];

    private static int[] BlockedOf(SandboxShowtime show) =>
        [.. show.Sales.Allocation.RankOf.Select((rank, seat) => (rank, seat)).Where(s => s.rank == SeatAllocation.Blocked).Select(s => s.seat)];

    private static IReadOnlyList<SandboxShowtime> Generate(
        SalesModel model, SeatBlocking blocking = SeatBlocking.Room, World? world = null, double share = 0.003) =>
        ScheduleGenerator.Generate(world ?? World, Day, new SalesOptions { Model = model, Blocking = blocking, BlockedSeatShare = share }).Showtimes;

    private static string Fingerprint(IReadOnlyList<SandboxShowtime> day) =>
        string.Join('\n', day.Where((_, i) => i % 13 == 0).Select(s =>
            $"{s.Id}|{s.Sales.FinalAdmissions}|{s.Sales.BlockedSeats}|{s.Sales.SoldAt(s.StartsAt.AddHours(-20))}|{s.Sales.SoldAt(s.StartsAt.AddMinutes(-10))}|{string.Join(',', BlockedOf(s))}"));
}
