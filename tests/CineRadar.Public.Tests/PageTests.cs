using System.Net;
using AngleSharp.Html.Parser;

namespace CineRadar.Public.Tests;

public sealed class PageTests : IDisposable
{
    private readonly PublicSite _site = new();

    public PageTests() => _site.Api.Day();

    [Fact]
    public async Task HomeListsTodaysMoviesByReachWithPresaleRibbonAgeRatingAndTheBoxOfficeStrip()
    {
        var page = await GetAsync("/");

        var cards = page.QuerySelectorAll(".movie-grid .movie-card");
        Assert.Equal([Samples.KeretaMalam.Id, Samples.PestaLaut.Id], cards.Select(c => c.GetAttribute("data-movie")));
        Assert.Null(cards[0].QuerySelector(".ribbon"));
        Assert.Equal("Presale", cards[1].QuerySelector(".ribbon")!.TextContent);
        Assert.Equal("R", cards[1].QuerySelector(".age")!.TextContent);
        Assert.Contains("KERETA MALAM", page.QuerySelector(".boxoffice-strip")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-banner=sandbox]"));
        Assert.Equal("/cities/1001", page.QuerySelector(".city-picker a[data-city='1001']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryApiCallCarriesTheServiceKey()
    {
        await GetAsync("/");

        Assert.NotEmpty(_site.Api.Requests);
        Assert.All(_site.Api.Requests, r => Assert.Equal(PublicSite.ServiceKey, r.Key));
    }

    [Fact]
    public async Task MoviePageInACityShowsTheatresRoomsAndChipsWithHowFullEachShowIs()
    {
        var page = await GetAsync($"/movies/{Samples.KeretaMalam.Id}?city={Samples.Jakarta.Id}");

        var theatres = page.QuerySelectorAll(".city-schedule .theatre");
        Assert.Equal(["GRAND CGV", "MALL KOTA XXI"], theatres.Select(t => t.QuerySelector("h3 a")!.TextContent));
        var chips = page.QuerySelectorAll(".theatre[data-theatre='3001'] a.chip");
        Assert.Equal(["tod-morning", "tod-afternoon", "tod-evening", "tod-night"], chips.Select(c => c.ClassList.First(k => k.StartsWith("tod-", StringComparison.Ordinal))));
        Assert.Equal("/showtimes/5003", chips[2].GetAttribute("href"));
        Assert.Equal("85.5% full", chips[2].QuerySelector(".fullness-text")!.TextContent);
        Assert.Equal("no reading yet", chips[3].QuerySelector(".fullness-text")!.TextContent);
        Assert.Equal("Rp40.000 – Rp100.000", page.QuerySelector("[data-summary=price]")!.TextContent);
        Assert.Contains("Rp40.000 – Rp45.000", theatres[1].QuerySelector(".room-price")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("WIB", page.QuerySelector(".city-schedule h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainFilterKeepsOnlyThatChainsTheatres()
    {
        var page = await GetAsync($"/movies/{Samples.KeretaMalam.Id}?city={Samples.Jakarta.Id}&chain=CGV");

        Assert.Equal(["3002"], page.QuerySelectorAll(".city-schedule .theatre").Select(t => t.GetAttribute("data-theatre")));
        Assert.Contains("pill-on", page.QuerySelector(".chain-filter a[data-chain=CGV]")!.ClassList);
    }

    [Fact]
    public async Task ShowtimePageDrawsTheLatestSeatMapAndTheCurveInTheCitysTime()
    {
        var page = await GetAsync("/showtimes/5003");

        Assert.Equal("83.3", page.QuerySelector("[data-occupancy]")!.GetAttribute("data-occupancy"));
        Assert.Equal(2, page.QuerySelectorAll(".seat-grid rect.seat-available").Length);
        Assert.Equal(16, page.QuerySelectorAll(".seat-grid rect.seat-unavailable").Length);
        Assert.Equal(2, page.QuerySelectorAll("svg.line-chart circle").Length);
        Assert.Contains("read at 15:55 WIB", page.QuerySelector(".seat-map")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/movies/9999")]
    [InlineData("/movies/4001?city=9999")]
    [InlineData("/showtimes/9999")]
    [InlineData("/theatres/9999")]
    [InlineData("/cities/9999")]
    [InlineData("/?date=11-01-2026")]
    public async Task UnknownIdsAnswerTheFriendlyNotFoundPageWith404(string path)
    {
        using var response = await _site.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServiceKeyIsSentOnceEvenWhenACallIsRetried()
    {
        _site.Api.Down = true;

        using var response = await _site.Browser().GetAsync("/");

        Assert.True(_site.Api.Requests.Count(r => r.PathAndQuery == "/api/v1/movies") > 1, "the call was retried");
        Assert.All(_site.Api.Requests, r => Assert.Equal(PublicSite.ServiceKey, r.Key));
    }

    [Fact]
    public async Task AnApiThatIsDownGivesTheDataUnavailablePageWith503()
    {
        _site.Api.Down = true;

        using var response = await _site.Browser().GetAsync($"/movies/{Samples.KeretaMalam.Id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Data temporarily unavailable", page.QuerySelector("[data-page=unavailable] h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".banner-error"));
    }

    public void Dispose() => _site.Dispose();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string path)
    {
        using var response = await _site.Browser().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return new HtmlParser().ParseDocument(html);
    }
}
