using System.Net;
using System.Text.Json;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>A changing day as the API shows it, on the sandbox's clock: announcements, moves and cancellations.</summary>
public sealed class DayChangesApiTests
{
    private const string UnknownShowtimeId = "1234567890123456789";

    [Fact]
    public async Task AddedShowIsListedOnlyFromItsAnnouncement()
    {
        await using var sandbox = await StartAsync();
        var added = Jakarta(sandbox).First(s => s.AnnouncedAt > TestSandbox.Morning.AddMinutes(5));

        sandbox.Time.SetUtcNow(added.AnnouncedAt!.Value.AddSeconds(-1));
        var before = await ListedAsync(sandbox, added);
        using var layoutBefore = await LayoutAsync(sandbox, added.ChainPath, added.ShowTimeId);
        sandbox.Time.SetUtcNow(added.AnnouncedAt.Value);
        var after = await ListedAsync(sandbox, added);
        using var layoutAfter = await LayoutAsync(sandbox, added.ChainPath, added.ShowTimeId);

        Assert.Null(before);
        await AssertAnswersAsUnknownAsync(sandbox, added.ChainPath, layoutBefore);
        Assert.Equal(added.DisplayTime, after!.Value.GetProperty("display_time").GetString());
        Assert.Equal(HttpStatusCode.OK, layoutAfter.StatusCode);
    }

    [Fact]
    public async Task MovedShowListsItsOldTimeUntilMovedThenTheNewOneUnderTheSameId()
    {
        await using var sandbox = await StartAsync();
        var moved = Jakarta(sandbox).First(s => s.MovedAt > TestSandbox.Morning.AddMinutes(5));
        var oldTime = moved.OriginalStartsAt!.Value.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm");

        sandbox.Time.SetUtcNow(moved.MovedAt!.Value.AddSeconds(-1));
        var before = await ListedAsync(sandbox, moved);
        sandbox.Time.SetUtcNow(moved.MovedAt.Value);
        var after = await ListedAsync(sandbox, moved);

        Assert.NotEqual(oldTime, moved.DisplayTime);
        Assert.Equal(oldTime, before!.Value.GetProperty("display_time").GetString());
        Assert.Equal(moved.DisplayTime, after!.Value.GetProperty("display_time").GetString());
    }

    [Fact]
    public async Task CancelledShowLeavesTheSchedulesAndItsSeatMapAnswersLikeAnUnknownShowtime()
    {
        await using var sandbox = await StartAsync();
        var cancelled = Jakarta(sandbox).First(s => s.CancelledAt > TestSandbox.Morning.AddMinutes(5));

        sandbox.Time.SetUtcNow(cancelled.CancelledAt!.Value.AddSeconds(-1));
        var before = await ListedAsync(sandbox, cancelled);
        using var layoutBefore = await LayoutAsync(sandbox, cancelled.ChainPath, cancelled.ShowTimeId);
        sandbox.Time.SetUtcNow(cancelled.CancelledAt.Value);
        var after = await ListedAsync(sandbox, cancelled);
        using var layoutAfter = await LayoutAsync(sandbox, cancelled.ChainPath, cancelled.ShowTimeId);

        Assert.NotNull(before);
        Assert.Equal(HttpStatusCode.OK, layoutBefore.StatusCode);
        Assert.Null(after);
        await AssertAnswersAsUnknownAsync(sandbox, cancelled.ChainPath, layoutAfter);
    }

    [Fact]
    public async Task MovieShownInACityOnlyByAddedShowsJoinsItsMovieListOnceAnnounced()
    {
        await using var sandbox = await StartAsync();
        var onSale = Enumerable.Range(0, 4).SelectMany(d => sandbox.Server.ShowtimesOn(TestSandbox.Today.AddDays(d))).Where(s => s.Listed);
        var (movieId, cityId, announcedAt) = onSale
            .GroupBy(s => (s.MovieId, s.CityId))
            .Where(g => g.All(s => s.AnnouncedAt is not null))
            .Select(g => (g.Key.MovieId, g.Key.CityId, AnnouncedAt: g.Min(s => s.AnnouncedAt!.Value)))
            .First(m => IndonesianClock.BusinessDate(m.AnnouncedAt) == TestSandbox.Today && m.AnnouncedAt > TestSandbox.Morning);

        sandbox.Time.SetUtcNow(announcedAt.AddSeconds(-1));
        var before = await MovieIdsAsync(sandbox, cityId);
        sandbox.Time.SetUtcNow(announcedAt);
        var after = await MovieIdsAsync(sandbox, cityId);

        Assert.DoesNotContain(movieId, before);
        Assert.Contains(movieId, after);
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public async Task GroundTruthReportsTheChangesAndNoAdmissionsForCancelledShows()
    {
        await using var sandbox = await StartAsync();
        var day = sandbox.Server.ShowtimesOn(TestSandbox.Today);
        var json = (await sandbox.Api.GetFromJsonAsync($"sandbox/truth/day?date={TestSandbox.Today:yyyy-MM-dd}")).GetProperty("showtimes");

        var cancelled = day.Where(s => s.CancelledAt is not null).ToList();
        Assert.NotEmpty(cancelled);
        Assert.All(cancelled, s => Assert.Equal(0, s.FinalAdmissions));
        Assert.All(cancelled, s => Assert.Equal(0, sandbox.Server.SoldAt(s.ShowTimeId, s.StartsAt)));
        Assert.Contains(cancelled, s => sandbox.Server.SoldAt(s.ShowTimeId, s.CancelledAt!.Value.AddSeconds(-1)) > 0);
        Assert.All(day.Where(s => s.MovedAt is not null), s => Assert.NotEqual(s.OriginalStartsAt, s.StartsAt));
        Assert.Contains(day, s => s.MovedAt is not null && s.OriginalStartsAt is not null);
        Assert.Contains(day, s => s.AnnouncedAt is not null);
        Assert.All(day.Where(s => s.AnnouncedAt is null && s.MovedAt is null && s.CancelledAt is null), s => Assert.Null(s.OriginalStartsAt));
        Assert.Equal(day.Count, json.GetArrayLength());
        var jsonCancelled = json.EnumerateArray().First(s => s.GetProperty("show_time_id").GetString() == cancelled[0].ShowTimeId);
        Assert.Equal(cancelled[0].CancelledAt, jsonCancelled.GetProperty("cancelled_at").GetDateTimeOffset());
        Assert.Equal(0, jsonCancelled.GetProperty("final_admissions").GetInt32());
    }

    private static Task<TestSandbox> StartAsync() => TestSandbox.StartAsync(options => options.Changes.Enabled = true);

    private static IEnumerable<DayShowtime> Jakarta(TestSandbox sandbox) =>
        sandbox.Server.ShowtimesOn(TestSandbox.Today).Where(s => s.Listed && s.CityId == TixClient.JakartaId);

    /// <summary>The show as the schedules API lists it now (every page of its movie in its city), or null.</summary>
    private static async Task<JsonElement?> ListedAsync(TestSandbox sandbox, DayShowtime show)
    {
        JsonElement data;
        var page = 0;
        do
        {
            page++;
            data = (await sandbox.Tix.CatalogJsonAsync(
                $"v1/schedules/movies/{show.MovieId}?city_id={show.CityId}&date={TestSandbox.Today:yyyy-MM-dd}&page={page}")).GetProperty("data");
            var found = data.GetProperty("theaters").EnumerateArray()
                .SelectMany(t => t.GetProperty("price_groups").EnumerateArray())
                .SelectMany(g => g.GetProperty("show_time").EnumerateArray())
                .Where(s => s.GetProperty("id").GetString() == show.ShowTimeId)
                .ToList();
            if (found.Count > 0)
            {
                return Assert.Single(found);
            }
        }
        while (data.GetProperty("has_next").GetBoolean());

        return null;
    }

    /// <summary>The schedule ids of the movies a city lists now.</summary>
    private static async Task<List<string>> MovieIdsAsync(TestSandbox sandbox, string cityId) =>
    [
        .. (await sandbox.Tix.CatalogJsonAsync($"v1/movies?city_id={cityId}")).GetProperty("data").EnumerateArray()
            .Select(m => (m.TryGetProperty("movie_id", out var id) ? id : m.GetProperty("id")).GetString()!),
    ];

    private static async Task<HttpResponseMessage> LayoutAsync(TestSandbox sandbox, string chainPath, string showTimeId)
    {
        var (access, _) = await sandbox.Tix.LoginAsync();
        return await sandbox.Tix.LayoutAsync(chainPath, showTimeId, access);
    }

    private static async Task AssertAnswersAsUnknownAsync(TestSandbox sandbox, string chainPath, HttpResponseMessage response)
    {
        using var unknown = await LayoutAsync(sandbox, chainPath, UnknownShowtimeId);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(unknown.StatusCode, response.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
    }
}
