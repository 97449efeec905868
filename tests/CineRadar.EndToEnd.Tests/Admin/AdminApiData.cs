using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.EndToEnd.Tests.Support;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>The Api as the Admin's operator sees it, for what the browser tests compare with and the data they need.</summary>
public sealed class AdminApiData(HttpClient api)
{
    public async Task<JsonElement> GetAsync(string path) => await api.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));

    /// <summary>A schedules run of today that finished with at least one city swept; queues one for two cities when there is none.</summary>
    public async Task EnsureTodaySweptAsync(params string[] cityIds)
    {
        var runs = await GetAsync("/api/v1/admin/runs?limit=50");
        if (runs.EnumerateArray().Any(r => r.GetProperty("kind").GetString() == "schedules" && r.GetProperty("status").GetString() is "success" or "partial"))
        {
            return;
        }

        await ApiRuns.RunAsync(api, new { kind = "schedules", cities = cityIds });
    }

    /// <summary>Waits (up to a minute and a half) for the geocoder to place some theatres; how many it has placed (0 when none yet).</summary>
    public async Task<int> WaitForLocatedTheatresAsync()
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            var located = (await GetAsync("/api/v1/theatres")).EnumerateArray().Count(t => t.GetProperty("location").ValueKind == JsonValueKind.Object);
            if (located > 0 || DateTimeOffset.UtcNow > until)
            {
                return located;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }
}
