using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CineRadar.EndToEnd.Tests.Public;

/// <summary>A live page in Chromium: new seat readings land while it is open and its figures change in place.</summary>
[Collection(WholeSystem.Name)]
public sealed class LivePageTests(SystemFixture system)
{
    /// <summary>A show this close to its start may close its booking before the seat run reaches it.</summary>
    private static readonly TimeSpan StartMargin = TimeSpan.FromMinutes(40);

    [Fact]
    public async Task ShowtimePageShowsANewSeatReadingWithoutNavigating()
    {
        var seeded = await SandboxDay.EnsureAsync(system);
        var showtimeId = await UpcomingReadShowAsync(seeded) ?? seeded.ShowtimeId;
        await using var context = await Chromium.NewContextAsync(system.Endpoint("public"), phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/showtimes/{showtimeId}?date={seeded.Day}");
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await page.EvaluateAsync("() => window.sameDocument = true");
        var seatMap = page.Locator("section.seat-map");
        var readAt = await seatMap.GetAttributeAsync("data-read-at");
        await Expect(page.Locator("[data-live-stream]")).ToHaveAttributeAsync("data-live-state", "open");

        using var admin = system.Api(admin: true);
        await ApiRuns.RunAsync(admin, new { kind = "seats", cities = new[] { seeded.CityId }, date = seeded.Day });

        await Expect(seatMap).Not.ToHaveAttributeAsync("data-read-at", readAt ?? "", new() { Timeout = 60_000 });
        Assert.Equal(0, navigations);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the new reading came in without a reload");
        await Expect(page.Locator("[data-live-stream]")).ToHaveAttributeAsync("data-live-state", "open");
        await Screenshots.SaveAsync(page, "live");
    }

    /// <summary>A show of the seeded city and day that has a reading and starts late enough for the seat run to read it again.</summary>
    private async Task<string?> UpcomingReadShowAsync(SeededShow seeded)
    {
        using var api = system.Api();
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movies/{seeded.MovieId}?date={seeded.Day}&city={seeded.CityId}");
        var latestStart = DateTimeOffset.UtcNow + StartMargin;
        return detail.GetProperty("cities").EnumerateArray()
            .SelectMany(c => c.GetProperty("theatres").EnumerateArray())
            .SelectMany(t => t.GetProperty("rooms").EnumerateArray())
            .SelectMany(r => r.GetProperty("showtimes").EnumerateArray())
            .Where(s => s.GetProperty("bookable").GetBoolean()
                        && s.GetProperty("occupancy").ValueKind == JsonValueKind.Object
                        && s.GetProperty("startsAt").GetDateTimeOffset() > latestStart)
            .Select(s => s.GetProperty("id").GetString())
            .FirstOrDefault();
    }
}
