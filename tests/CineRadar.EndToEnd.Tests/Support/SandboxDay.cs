using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CineRadar.EndToEnd.Tests.Support;

/// <summary>A showtime of the seeded day that has a seat reading, with the movie, city and theatre that lead to it.</summary>
public sealed record SeededShow(DateOnly Date, string MovieId, string CityId, string TheatreId, string ShowtimeId)
{
    /// <summary>The seeded day as the Api and the sites take it in a query: "2026-01-11".</summary>
    public string Day => Text(Date);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Sandbox data for the browser tests, put in the store through the Api as an operator would: a schedule sweep of two
/// small cities (one in WIB, one in WITA) for today and tomorrow, then a seat run so their shows have occupancy and the
/// day has admissions and estimated gross (tomorrow's presale shows when today has none left to read). Seeded once per
/// test run, and only when the store does not have it yet.
/// </summary>
public static class SandboxDay
{
    public static readonly string[] CityNames = ["BENGKULU", "KENDARI"];

    private static readonly TimeSpan GeocodeTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SeededShow? _seeded;

    public static async Task<SeededShow> EnsureAsync(SystemFixture system)
    {
        await Gate.WaitAsync();
        try
        {
            return _seeded ??= await SeedAsync(system);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<SeededShow> SeedAsync(SystemFixture system)
    {
        var show = await SeedShowAsync(system);
        using var api = system.Api();
        await WaitForLocationAsync(api, show.TheatreId);
        return show;
    }

    /// <summary>The scraper geocodes new theatres by itself (the sandbox imitates the geocoder); the theatre page's pin needs it.</summary>
    private static async Task WaitForLocationAsync(HttpClient api, string theatreId)
    {
        var deadline = DateTimeOffset.UtcNow + GeocodeTimeout;
        JsonElement theatre;
        do
        {
            theatre = await api.GetFromJsonAsync<JsonElement>($"/api/v1/theatres/{theatreId}");
            if (theatre.GetProperty("location").ValueKind == JsonValueKind.Object)
            {
                return;
            }

            await Task.Delay(Poll);
        }
        while (DateTimeOffset.UtcNow < deadline);

        throw new TimeoutException($"Theatre {theatreId} was not geocoded within {GeocodeTimeout.TotalSeconds} s: {theatre}");
    }

    private static async Task<SeededShow> SeedShowAsync(SystemFixture system)
    {
        using var api = system.Api();
        using var admin = system.Api(admin: true);
        var cities = await api.GetFromJsonAsync<JsonElement>("/api/v1/cities");
        var cityIds = CityNames.Select(name => cities.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetString()!).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        if (await FindSampledShowAsync(api, today, cityIds) is { } ready)
        {
            return ready;
        }

        await ApiRuns.RunAsync(admin, new { kind = "schedules", cities = cityIds, date = SeededShow.Text(today), days = 2 });

        // Late in the evening no show of today may be left to read, or too few to have sold a seat: tomorrow's presale
        // shows are, whatever the hour.
        foreach (var date in new[] { today, today.AddDays(1) })
        {
            await ApiRuns.RunAsync(admin, new { kind = "seats", cities = cityIds, date = SeededShow.Text(date) });
            if (await FindSampledShowAsync(api, date, cityIds) is { } shown)
            {
                return shown;
            }
        }

        throw new InvalidOperationException($"After a sweep and seat runs of {string.Join(", ", CityNames)} neither {today} nor the day after has a showtime with a seat reading and admissions in the Api.");
    }

    /// <summary>A showtime of the cities with a seat reading, on a day whose box office has admissions; null when there is none.</summary>
    private static async Task<SeededShow?> FindSampledShowAsync(HttpClient api, DateOnly date, IReadOnlyList<string> cityIds)
    {
        var boxOffice = await api.GetFromJsonAsync<JsonElement>($"/api/v1/boxoffice?date={SeededShow.Text(date)}");
        return boxOffice.GetProperty("totals").GetProperty("admissions").GetInt64() > 0 ? await FindReadShowAsync(api, date, cityIds) : null;
    }

    /// <summary>The first showtime (by movie rank, then theatre, room, time) of the cities that has a reading, as the Api lists it.</summary>
    private static async Task<SeededShow?> FindReadShowAsync(HttpClient api, DateOnly date, IReadOnlyList<string> cityIds)
    {
        var day = SeededShow.Text(date);
        foreach (var cityId in cityIds)
        {
            using var list = await api.GetAsync($"/api/v1/movies?date={day}&city={cityId}");
            if (!list.IsSuccessStatusCode)
            {
                continue;
            }

            var movies = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("movies");
            foreach (var movie in movies.EnumerateArray())
            {
                var movieId = movie.GetProperty("id").GetString()!;
                var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movies/{movieId}?date={day}&city={cityId}");
                foreach (var theatre in detail.GetProperty("cities").EnumerateArray().SelectMany(c => c.GetProperty("theatres").EnumerateArray()))
                {
                    var read = theatre.GetProperty("rooms").EnumerateArray()
                        .SelectMany(r => r.GetProperty("showtimes").EnumerateArray())
                        .FirstOrDefault(s => s.GetProperty("occupancy").ValueKind == JsonValueKind.Object);
                    if (read.ValueKind == JsonValueKind.Object)
                    {
                        return new SeededShow(date, movieId, cityId, theatre.GetProperty("theatre").GetProperty("id").GetString()!, read.GetProperty("id").GetString()!);
                    }
                }
            }
        }

        return null;
    }
}
