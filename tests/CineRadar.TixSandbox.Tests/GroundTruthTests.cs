using System.Net;
using System.Text.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>Ground truth against what the layout endpoint shows, through a simulated day.</summary>
public sealed class GroundTruthTests
{
    [Fact]
    public async Task LayoutNeverShowsFewerUnavailableSeatsThanTrulySoldAndBlocked()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var upcoming = sandbox.Server.ShowtimesOn(TestSandbox.Today).Where(s => s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(9)).ToList();
        var evening = upcoming.Where((_, i) => i % 97 == 0).Take(20).Concat(upcoming.Where(s => s.HouseLockFrom is not null).Take(5)).ToList();
        var checks = evening
            .SelectMany(s => new[] { 8.0, 3.0, 0.5, 0.1 }.Select(hours => (At: s.StartsAt.AddHours(-hours), Showtime: s)))
            .OrderBy(c => c.At)
            .ToList();
        var lockedSeen = false;

        foreach (var (at, showtime) in checks)
        {
            // The fake clock only moves forward; access tokens last 30 minutes of sandbox time, so log in each time.
            sandbox.Time.SetUtcNow(at);
            var (access, _) = await sandbox.Tix.LoginAsync();
            var truth = sandbox.Server.Truth.Find(showtime.ShowTimeId, at)!;
            using var response = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);
            var seats = SeatCounts.Read((await TixClient.JsonAsync(response)).GetProperty("data"));

            Assert.Equal(truth.TotalSeats, seats.Total);
            Assert.True(seats.Unavailable >= truth.Sold + truth.Blocked, $"{showtime.ShowTimeId}: {seats} vs {truth}");
            Assert.Equal(truth.HouseLocked ? truth.TotalSeats : truth.Sold + truth.Blocked, seats.Unavailable);
            lockedSeen |= truth.HouseLocked;
        }

        Assert.True(lockedSeen);
    }

    [Fact]
    public async Task SoldSeatsRiseThroughTheDayAndEndAtTheFinalAdmissions()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var day = sandbox.Server.ShowtimesOn(TestSandbox.Today);

        foreach (var showtime in day.Where((_, i) => i % 211 == 0))
        {
            var previous = 0;
            for (var instant = showtime.StartsAt.AddHours(-30); instant <= showtime.StartsAt; instant = instant.AddMinutes(20))
            {
                var sold = sandbox.Server.SoldAt(showtime.ShowTimeId, instant);
                Assert.InRange(sold, previous, showtime.TotalSeats - showtime.Blocked);
                previous = sold;
            }

            Assert.Equal(showtime.FinalAdmissions, sandbox.Server.SoldAt(showtime.ShowTimeId, showtime.StartsAt));
            Assert.Equal(showtime.FinalAdmissions, sandbox.Server.SoldAt(showtime.ShowTimeId, showtime.StartsAt.AddHours(2)));
        }

        Assert.Contains(day, s => s.FinalAdmissions == s.TotalSeats - s.Blocked);
        Assert.InRange(day.Count(s => s.HouseLockFrom is not null) / (double)day.Count, 0.1, 0.2);
        Assert.InRange(day.Sum(s => s.Blocked) / (double)day.Sum(s => s.TotalSeats), 0.001, 0.006);
    }

    [Fact]
    public async Task TruthEndpointsAnswerJson()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var showtime = sandbox.Server.ShowtimesOn(TestSandbox.Today)[100];

        var truth = await sandbox.Api.GetFromJsonAsync($"sandbox/truth?show_time_id={showtime.ShowTimeId}&at={Uri.EscapeDataString(showtime.StartsAt.AddMinutes(-1).ToString("O"))}");
        var day = await sandbox.Api.GetFromJsonAsync($"sandbox/truth/day?date={TestSandbox.Today:yyyy-MM-dd}");
        var catalog = await sandbox.Api.GetFromJsonAsync("sandbox/catalog");
        using var unknown = await sandbox.Api.GetAsync("sandbox/truth?show_time_id=1234567890123456789");

        Assert.Equal(showtime.ShowTimeId, truth.GetProperty("show_time_id").GetString());
        Assert.Equal(showtime.TotalSeats, truth.GetProperty("total_seats").GetInt32());
        Assert.Equal(sandbox.Server.SoldAt(showtime.ShowTimeId, showtime.StartsAt.AddMinutes(-1)), truth.GetProperty("sold").GetInt32());
        Assert.Equal(showtime.Blocked, truth.GetProperty("blocked").GetInt32());
        Assert.Contains(truth.GetProperty("house_locked").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal(showtime.StartsAt, truth.GetProperty("starts_at").GetDateTimeOffset());
        Assert.Equal(sandbox.Server.ShowtimesOn(TestSandbox.Today).Count, day.GetProperty("showtimes").GetArrayLength());
        Assert.Equal(showtime.FinalAdmissions, day.GetProperty("showtimes")[100].GetProperty("final_admissions").GetInt32());
        Assert.Equal(83, catalog.GetProperty("cities").GetInt32());
        Assert.InRange(catalog.GetProperty("showtimes").GetInt32(), 11_000, 13_000);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task CountersCountRequestsPerEndpointAndStatus()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.Tix.CatalogJsonAsync("v1/cities");
        using (await sandbox.Api.GetAsync("v1/cities"))
        {
        }

        var counters = await sandbox.Api.GetFromJsonAsync("sandbox/counters");
        var cities = counters.GetProperty("endpoints").GetProperty("GET /v1/cities");
        using (await sandbox.Api.DeleteAsync("sandbox/counters"))
        {
        }

        var cleared = await sandbox.Api.GetFromJsonAsync("sandbox/counters");

        Assert.Equal(1, cities.GetProperty("200").GetInt32());
        Assert.Equal(1, cities.GetProperty("401").GetInt32());
        Assert.Empty(sandbox.Server.Counters.Snapshot());
        Assert.False(cleared.GetProperty("endpoints").TryGetProperty("GET /v1/cities", out _));
    }
}
