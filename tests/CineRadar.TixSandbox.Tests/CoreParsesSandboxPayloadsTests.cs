using CineRadar.Core.Reference;
using CineRadar.Core.Tix;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>
/// The sandbox writes TIX's payloads with its own code; CineRadar.Core reads them with its own parsers. Here the two
/// meet: every payload the scraper depends on must read cleanly and agree with the sandbox's ground truth.
/// </summary>
[Collection(SharedSandbox.Name)]
public sealed class CoreParsesSandboxPayloadsTests(SandboxFixture fixture)
{
    private readonly TestSandbox _sandbox = fixture.Sandbox;

    [Fact]
    public async Task CityListAndEveryCitysMovieListParse()
    {
        var cities = TixPayloads.FindCities(await BodyAsync("v1/cities"))!.Cities;

        Assert.Equal(83, cities.Count);
        Assert.All(cities, c => Assert.NotNull(Cities.FindById(c.Id)));
        foreach (var city in cities)
        {
            var movies = TixPayloads.ParseMovies(await BodyAsync($"v1/movies?city_id={city.Id}"));
            Assert.NotEmpty(movies);
            Assert.All(movies, m => Assert.Matches("^[0-9]{19}$", m.Id));
        }
    }

    [Theory]
    [InlineData("JAKARTA")]
    [InlineData("MAKASSAR")]
    [InlineData("JAYAPURA")]
    public async Task EverySchedulePageOfACityParses(string cityName)
    {
        var city = Cities.FindByName(cityName)!;
        var movies = TixPayloads.ParseMovies(await BodyAsync($"v1/movies?city_id={city.Id}"));
        var showtimes = 0;
        foreach (var movie in movies)
        {
            for (var page = 1; ; page++)
            {
                var schedule = TixPayloads.ParseSchedulePage(await BodyAsync($"v1/schedules/movies/{movie.Id}?city_id={city.Id}&date={TestSandbox.Today:yyyy-MM-dd}&page={page}"));
                showtimes += schedule.Theatres.Sum(t => t.PriceGroups.Sum(g => g.Showtimes.Count));
                Assert.All(schedule.Theatres, t => Assert.False(string.IsNullOrWhiteSpace(Chains.FromMerchant(t.Merchant).SeatApiPath)));
                if (!schedule.HasNext)
                {
                    break;
                }
            }
        }

        var truth = _sandbox.Server.ShowtimesOn(TestSandbox.Today).Count(s => s.CityId == city.Id && s.Listed);
        Assert.Equal(truth, showtimes);
    }

    [Fact]
    public async Task LayoutsOfEveryChainParseAndAgreeWithTheGroundTruth()
    {
        var (access, _) = await _sandbox.Tix.LoginAsync();
        var now = _sandbox.Time.GetUtcNow();
        var sample = _sandbox.Server.ShowtimesOn(TestSandbox.Today)
            .Where(s => s.Listed && s.StartsAt > now)
            .GroupBy(s => s.ChainPath)
            .SelectMany(g => g.Take(25))
            .ToList();
        Assert.Equal(3, sample.Select(s => s.ChainPath).Distinct().Count());

        foreach (var show in sample)
        {
            using var response = await _sandbox.Tix.LayoutAsync(Chains.FromMerchant(show.Chain).SeatApiPath!, show.ShowTimeId, access);
            var layout = TixPayloads.ParseSeatLayout(await response.Content.ReadAsByteArrayAsync());
            var truth = _sandbox.Server.Truth.Find(show.ShowTimeId, now)!;

            Assert.Equal(show.TotalSeats, layout.Total);
            Assert.Equal(truth.Sold + truth.Blocked, layout.Unavailable);
            Assert.All(layout.Rows, r => Assert.False(string.IsNullOrEmpty(r.Label)));
        }
    }

    [Fact]
    public async Task TokenAnswersAndErrorsParse()
    {
        var (access, refresh) = await _sandbox.Tix.LoginAsync();
        using var refreshed = await _sandbox.Tix.RefreshAsync(refresh);
        var grant = TixPayloads.ParseToken(await refreshed.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(access, grant.AccessToken);
        Assert.NotNull(Core.Tokens.JwtToken.ReadExpiry(grant.AccessToken));

        using var refused = await _sandbox.Tix.LayoutAsync("xxi", "2999999999999999999", "\"" + access + "\"");
        var error = Assert.Throws<TixApiException>(() => TixPayloads.ParseSeatLayout(refused.Content.ReadAsByteArrayAsync().Result));
        Assert.Equal(TixApiException.InvalidToken, error.Code);
    }

    private async Task<byte[]> BodyAsync(string path)
    {
        using var response = await _sandbox.Tix.CatalogAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
