using System.Net.Http.Json;
using System.Text.Json;

namespace CineRadar.EndToEnd.Tests.Public;

/// <summary>A showtime of the seeded day that has a seat reading, with the movie, city and theatre that lead to it.</summary>
public sealed record SeededShow(DateOnly Date, string MovieId, string CityId, string TheatreId, string ShowtimeId);

/// <summary>
/// Sandbox data for the Public site's browser tests, put in the store through the Api as an operator would: a schedule
/// sweep of two small cities (one in WIB, one in WITA) for today and tomorrow, then a seat run so their shows have
/// occupancy. Seeded once per test run, and only when the store does not have it yet.
/// </summary>
public static class SandboxDay
{
    public static readonly string[] CityNames = ["BENGKULU", "KENDARI"];

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(6);
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

        if (await FindReadShowAsync(api, today, cityIds) is { } ready)
        {
            return ready;
        }

        await RunAsync(admin, new { kind = "schedules", cities = cityIds, days = 2 });
        await RunAsync(admin, new { kind = "seats", cities = cityIds });
        if (await FindReadShowAsync(api, today, cityIds) is { } shown)
        {
            return shown;
        }

        // Late in the evening no show of today is left to read: tomorrow's presale shows are.
        var tomorrow = today.AddDays(1);
        await RunAsync(admin, new { kind = "seats", cities = cityIds, date = tomorrow.ToString("yyyy-MM-dd") });
        return await FindReadShowAsync(api, tomorrow, cityIds)
            ?? throw new InvalidOperationException($"After a sweep and seat runs of {string.Join(", ", CityNames)} no showtime of {today} or {tomorrow} has a seat reading in the Api.");
    }

    /// <summary>Queues a run through the Api and waits until it ends; a run that fails or outlasts the timeout fails the test with its items.</summary>
    private static async Task RunAsync(HttpClient admin, object request)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/runs", request);
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Queueing {JsonSerializer.Serialize(request)} answered {(int)response.StatusCode}: {queued}");
        var runId = queued.GetProperty("id").GetString()!;

        var deadline = DateTimeOffset.UtcNow + RunTimeout;
        JsonElement run;
        do
        {
            await Task.Delay(Poll);
            run = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/runs/{runId}");
            var status = run.GetProperty("status").GetString();
            if (status is "success" or "partial")
            {
                return;
            }

            if (status == "failed")
            {
                throw new InvalidOperationException($"Run {runId} ({JsonSerializer.Serialize(request)}) failed: {run}");
            }
        }
        while (DateTimeOffset.UtcNow < deadline);

        throw new TimeoutException($"Run {runId} ({JsonSerializer.Serialize(request)}) did not finish within {RunTimeout.TotalMinutes} minutes: {run}");
    }

    /// <summary>The first showtime (by movie rank, then theatre, room, time) of the cities that has a reading, as the Api lists it.</summary>
    private static async Task<SeededShow?> FindReadShowAsync(HttpClient api, DateOnly date, IReadOnlyList<string> cityIds)
    {
        var day = date.ToString("yyyy-MM-dd");
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
