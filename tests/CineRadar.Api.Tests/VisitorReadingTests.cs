using System.Net;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Contracts;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>
/// <c>POST /api/v1/showtimes/{id}/visitor-reading</c>: the Public site's key alone asks for a fresh reading, only of a
/// show starting within three hours whose last reading is older than five minutes, once per showtime per interval.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class VisitorReadingTests(ApiFixture fixture)
{
    private static string Route(string showtimeId) => $"/api/v1/showtimes/{showtimeId}/visitor-reading";

    [Fact]
    public async Task ShowSoonWithAnOldReadingIsReadOnceHoweverManyVisitorsAsk()
    {
        var clock = new ShiftedClock();
        await using var api = fixture.NewApiOnCopy(services: s => s.AddSingleton<TimeProvider>(clock));
        var (show, lastRead) = await ShowReadLongBeforeAsync(api);
        clock.SetNow(show.StartsAt - TimeSpan.FromHours(2));
        using var site = api.PublicSite();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AskAsync(site, show.ShowtimeId)));

        Assert.Single(answers, a => a.GetProperty("asked").GetBoolean());
        Assert.All(answers, a => Assert.Equal(lastRead, a.GetProperty("lastReadAt").GetDateTimeOffset()));
        Assert.Equal(
            [VisitorReadingReasons.AlreadyAsked, VisitorReadingReasons.AlreadyAsked, VisitorReadingReasons.AlreadyAsked, VisitorReadingReasons.Asked],
            answers.Select(a => a.GetProperty("reason").GetString()).Order(StringComparer.Ordinal));
        var request = Assert.Single(await api.Services.GetRequiredService<IReadingRequestStore>().ListPendingAsync(10));
        Assert.Equal((show.ShowtimeId, show.Date), (request.ShowtimeId, request.Date));

        clock.SetNow(clock.GetUtcNow() + TimeSpan.FromMinutes(5.5));
        Assert.True((await AskAsync(site, show.ShowtimeId)).GetProperty("asked").GetBoolean());
    }

    [Fact]
    public async Task ShowStartingLaterOrAlreadyStartedIsNotRead()
    {
        var clock = new ShiftedClock();
        await using var api = fixture.NewApiOnCopy(services: s => s.AddSingleton<TimeProvider>(clock));
        var (show, lastRead) = await ShowReadLongBeforeAsync(api);
        using var site = api.PublicSite();

        clock.SetNow(show.StartsAt - TimeSpan.FromHours(3.5));
        Assert.Equal(VisitorReadingReasons.NotSoon, (await AskAsync(site, show.ShowtimeId)).GetProperty("reason").GetString());
        clock.SetNow(show.StartsAt + TimeSpan.FromMinutes(1));
        Assert.Equal(VisitorReadingReasons.Over, (await AskAsync(site, show.ShowtimeId)).GetProperty("reason").GetString());
        Assert.Empty(await api.Services.GetRequiredService<IReadingRequestStore>().ListPendingAsync(10));
        clock.SetNow(show.StartsAt - TimeSpan.FromHours(2));
        Assert.Equal(VisitorReadingReasons.Asked, (await AskAsync(site, show.ShowtimeId)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ShowReadLessThanTheIntervalAgoIsNotReadAgain()
    {
        var clock = new ShiftedClock();
        var settings = new Dictionary<string, string?> { ["VisitorReadings:Horizon"] = "06:00:00", ["VisitorReadings:Interval"] = "00:10:00" };
        await using var api = fixture.NewApiOnCopy(settings, s => s.AddSingleton<TimeProvider>(clock));
        var (show, lastRead) = await ShowReadLongBeforeAsync(api);
        using var site = api.PublicSite();

        clock.SetNow(lastRead + TimeSpan.FromMinutes(8));
        var fresh = await AskAsync(site, show.ShowtimeId);
        Assert.Equal((false, VisitorReadingReasons.Fresh), (fresh.GetProperty("asked").GetBoolean(), fresh.GetProperty("reason").GetString()));
        Assert.Equal(lastRead, fresh.GetProperty("lastReadAt").GetDateTimeOffset());

        Assert.Empty(await api.Services.GetRequiredService<IReadingRequestStore>().ListPendingAsync(10));
    }

    [Fact]
    public async Task OnlyThePublicSiteKeyMayAskForAReading()
    {
        var clock = new ShiftedClock();
        await using var api = fixture.NewApiOnCopy(services: s => s.AddSingleton<TimeProvider>(clock));
        var (show, _) = await ShowReadLongBeforeAsync(api);
        clock.SetNow(show.StartsAt - TimeSpan.FromHours(1));
        var b2b = await api.IssueB2bKeyAsync("partner", 100_000);

        using var anonymous = api.Client(null);
        using var partner = api.Client(b2b);
        using var admin = api.Operator();
        await HttpAssert.ProblemAsync(await anonymous.PostAsync(new Uri(Route(show.ShowtimeId), UriKind.Relative), null), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await partner.PostAsync(new Uri(Route(show.ShowtimeId), UriKind.Relative), null), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await admin.PostAsync(new Uri(Route(show.ShowtimeId), UriKind.Relative), null), HttpStatusCode.Forbidden);

        Assert.Empty(await api.Services.GetRequiredService<IReadingRequestStore>().ListPendingAsync(10));
    }

    [Fact]
    public async Task UnknownShowtimeIs404AndAMalformedIdIs400()
    {
        using var site = fixture.Api.PublicSite();

        await HttpAssert.ProblemAsync(await site.PostAsync(new Uri(Route("1100000000000000007"), UriKind.Relative), null), HttpStatusCode.NotFound);
        await HttpAssert.NamesParameterAsync(await site.PostAsync(new Uri(Route("not%20an%20id"), UriKind.Relative), null), "showtimeId");
    }

    private static async Task<JsonElement> AskAsync(HttpClient site, string showtimeId) =>
        await HttpAssert.OkAsync(await site.PostAsync(new Uri(Route(showtimeId), UriKind.Relative), null));

    /// <summary>A showtime of today (WIB) last read more than two hours and ten minutes before its start, with that reading's time.</summary>
    private async Task<(SampledShowtime Show, DateTimeOffset LastRead)> ShowReadLongBeforeAsync(ApiFactory api)
    {
        var catalog = api.Services.GetRequiredService<ICatalogStore>();
        var samples = api.Services.GetRequiredService<ISeatSampleStore>();
        foreach (var show in SampledShowtime.From(await catalog.GetSchedulesAsync(fixture.Today)).OrderBy(s => s.StartsAt))
        {
            if ((await samples.GetForShowtimeAsync(show.ShowtimeId)) is [.., var last] && show.StartsAt - last.SampledAt > TimeSpan.FromMinutes(130))
            {
                return (show, last.SampledAt);
            }
        }

        throw new InvalidOperationException("The sandbox day has no showtime read that long before its start.");
    }
}
