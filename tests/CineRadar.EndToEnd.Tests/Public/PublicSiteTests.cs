using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CineRadar.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace CineRadar.EndToEnd.Tests.Public;

/// <summary>The Public site in Debian Chromium, on a phone, against the whole system with sandbox data.</summary>
[Collection(WholeSystem.Name)]
public sealed class PublicSiteTests(SystemFixture system)
{
    [Fact]
    public async Task MovieFirstFlowReachesAShowtimeWhoseOccupancyMatchesTheApi()
    {
        var show = await SandboxDay.EnsureAsync(system);
        await using var context = await Chromium.NewContextAsync(system.Endpoint("public"), phone: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/?date={show.Day}");
        await Assertions.Expect(page.Locator("[data-banner=sandbox]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "home");
        await page.Locator($".movie-grid [data-movie='{show.MovieId}'] a.movie-card-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/movies/{show.MovieId}"));
        await page.Locator($".city-picker a[data-city='{show.CityId}']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"city={show.CityId}"));
        await Screenshots.SaveAsync(page, "movie");
        await page.Locator($".city-schedule a.chip[data-showtime='{show.ShowtimeId}']").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/showtimes/{show.ShowtimeId}$"));
        await AssertOccupancyMatchesApiAsync(page, show.ShowtimeId);
        await Screenshots.SaveAsync(page, "showtime");
    }

    [Fact]
    public async Task CityFirstFlowReachesHowFullEachShowIsInThreeClicks()
    {
        var show = await SandboxDay.EnsureAsync(system);
        await using var context = await Chromium.NewContextAsync(system.Endpoint("public"), phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/?date={show.Day}");

        await page.Locator(".city-picker summary").ClickAsync();
        await page.Locator($".city-picker a[data-city='{show.CityId}']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/cities/{show.CityId}"));
        await Screenshots.SaveAsync(page, "city");
        await page.Locator($".movie-grid [data-movie='{show.MovieId}'] a.movie-card-link").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/movies/{show.MovieId}.*city={show.CityId}"));
        var chips = page.Locator(".city-schedule a.chip");
        Assert.True(await chips.CountAsync() > 0, "the movie page lists the city's shows");
        Assert.Equal(await chips.CountAsync(), await page.Locator(".city-schedule a.chip .fullness").CountAsync());
        await page.Locator($".city-schedule a.chip[data-showtime='{show.ShowtimeId}']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/showtimes/{show.ShowtimeId}$"));
        await AssertOccupancyMatchesApiAsync(page, show.ShowtimeId);
    }

    [Fact]
    public async Task DeepLinksLoadDirectly()
    {
        var show = await SandboxDay.EnsureAsync(system);
        await using var context = await Chromium.NewContextAsync(system.Endpoint("public"), phone: true);
        var page = await context.NewPageAsync();
        var day = show.Day;

        foreach (var (path, selector) in new[]
        {
            ($"/movies/{show.MovieId}?date={day}&city={show.CityId}", $".city-schedule[data-city='{show.CityId}']"),
            ($"/cities/{show.CityId}?date={day}", $"[data-city='{show.CityId}'] h1"),
            ($"/theatres/{show.TheatreId}?date={day}", $"[data-theatre='{show.TheatreId}'] h1"),
            ($"/showtimes/{show.ShowtimeId}", "[data-occupancy]"),
            ($"/boxoffice?date={day}", "h1"),
            ("/search?q=" + Uri.EscapeDataString(SandboxDay.CityNames[0].ToLowerInvariant()), $"a[data-city='{show.CityId}']"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
            await Assertions.Expect(page.Locator(selector).First).ToBeVisibleAsync();
        }

        await page.GotoAsync($"/theatres/{show.TheatreId}?date={day}");
        await Assertions.Expect(page.Locator("svg.indonesia-map path").First).ToBeAttachedAsync();
        await Screenshots.SaveAsync(page, "theatre");
        await page.GotoAsync($"/boxoffice?date={day}");
        await Screenshots.SaveAsync(page, "boxoffice");
    }

    [Theory]
    [InlineData("/movies/0000000000000000001")]
    [InlineData("/cities/0000000000000000001")]
    [InlineData("/theatres/0000000000000000001")]
    [InlineData("/showtimes/0000000000000000001")]
    [InlineData("/movies/not%20an%20id")]
    [InlineData("/boxoffice?date=not-a-date")]
    [InlineData("/no/such/page")]
    public async Task UnknownIdsGiveTheFriendlyNotFoundPage(string path)
    {
        await using var context = await Chromium.NewContextAsync(system.Endpoint("public"), phone: true);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.Locator("[data-page=not-found] h1")).ToHaveTextAsync("We could not find that");
        if (path.StartsWith("/movies/0", StringComparison.Ordinal))
        {
            await Screenshots.SaveAsync(page, "not-found");
        }
    }

    /// <summary>
    /// The showtime page shows the Api's latest reading. A seat fold may land between the two reads, so a mismatch is
    /// read again a few times before it fails.
    /// </summary>
    private async Task AssertOccupancyMatchesApiAsync(IPage page, string showtimeId)
    {
        using var api = system.Api();
        string? shown = null;
        double? expected = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            shown = await page.Locator("[data-occupancy]").GetAttributeAsync("data-occupancy");
            var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/showtimes/{showtimeId}");
            var latest = detail.GetProperty("latest");
            expected = latest.ValueKind == JsonValueKind.Object ? latest.GetProperty("occupancyPct").GetDouble() : null;
            if (expected is { } pct && double.TryParse(shown, NumberStyles.Float, CultureInfo.InvariantCulture, out var onPage) && Math.Abs(onPage - pct) < 0.05)
            {
                return;
            }

            await page.ReloadAsync();
        }

        Assert.Fail($"Showtime {showtimeId}: the page shows occupancy '{shown}', the Api says {expected?.ToString(CultureInfo.InvariantCulture) ?? "no reading"}.");
    }
}
