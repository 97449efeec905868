using System.Net.Http.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The sandbox clock: offset and speed on top of the injected time, through the controls.</summary>
public sealed class ClockTests
{
    [Fact]
    public async Task SpeedScalesTheElapsedTimeAndOffsetShiftsIt()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using (await sandbox.Api.PutAsJsonAsync("sandbox/clock", new { speed = 60 }))
        {
        }

        sandbox.Time.Advance(TimeSpan.FromMinutes(2));
        var fast = sandbox.Server.Clock.GetUtcNow();
        using (await sandbox.Api.PutAsJsonAsync("sandbox/clock", new { offset = "01:00:00", speed = 1 }))
        {
        }

        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        var clock = await sandbox.Api.GetFromJsonAsync("sandbox/clock");

        Assert.Equal(TestSandbox.Morning.AddHours(2), fast);
        Assert.Equal(TestSandbox.Morning.AddHours(3).AddMinutes(1), clock.GetProperty("now").GetDateTimeOffset());
        Assert.Equal("2026-01-10", clock.GetProperty("today").GetString());
        Assert.Equal(1, clock.GetProperty("speed").GetDouble());
    }

    [Fact]
    public async Task SettingNowMovesTheScheduleStatuses()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var showtime = sandbox.Server.ShowtimesOn(TestSandbox.Today).First(s => s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(6));
        var (access, _) = await sandbox.Tix.LoginAsync();

        using (await sandbox.Api.PutAsJsonAsync("sandbox/clock", new { now = showtime.StartsAt.AddMinutes(1) }))
        {
        }

        using var layout = await sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);

        // The access token was issued about six hours of sandbox time earlier and has expired too.
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, layout.StatusCode);
        Assert.Equal(showtime.StartsAt.AddMinutes(1), sandbox.Server.Clock.GetUtcNow());
    }
}
