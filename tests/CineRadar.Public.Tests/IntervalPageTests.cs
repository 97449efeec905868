using System.Net;
using AngleSharp.Html.Parser;
using CineRadar.Contracts;

namespace CineRadar.Public.Tests;

/// <summary>Admissions and gross are shown as the estimates they are: "about" a figure, with its 90 % interval.</summary>
public sealed class IntervalPageTests : IDisposable
{
    private readonly PublicSite _site = new();

    public IntervalPageTests() => _site.Api.Day();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task BoxOfficeSaysAboutAFigureWithItsInterval()
    {
        var week = new MovieHistory(Samples.KeretaMalam.Id, Samples.KeretaMalam.Title,
        [
            new MovieHistoryDay(Samples.Today.AddDays(-1), 1000, 40_000_000, 5, 35.0, 900, 1100, 36_000_000, 44_000_000),
            new MovieHistoryDay(Samples.Today, 1200, 48_000_000, 5, 41.2, 1150, 1260, 46_000_000, 50_400_000),
        ]);
        _site.Api
            .Answer($"/api/v1/movies/{Samples.KeretaMalam.Id}/history?days=7&until=2026-01-11", week)
            .Answer($"/api/v1/movies/{Samples.KeretaMalam.Id}/history?days=30&until=2026-01-11", week);

        var page = await GetAsync("/boxoffice");

        Assert.StartsWith("about 1,200 (1,150–1,260)", page.QuerySelector("[data-total=admissions]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("about Rp48M (Rp46M–Rp50.4M)", page.QuerySelector("[data-total=gross]")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector($".leaderboard [data-movie='{Samples.KeretaMalam.Id}']")!;
        Assert.Equal("about 1,200 (1,150–1,260)", row.QuerySelector(".lb-admissions")!.TextContent);
        Assert.Equal("Rp48M (Rp46M–Rp50.4M)", row.QuerySelector(".lb-gross")!.TextContent);
        var trend = page.QuerySelector(".trends .line-chart")!;
        Assert.Equal(2, trend.QuerySelectorAll("path.whisker").Length);
        Assert.Equal("10 Jan: 90 % interval 900–1,100", trend.QuerySelector("path.whisker title")!.TextContent);
        Assert.Contains("about 1,000 (900–1,100) admissions", trend.QuerySelector("circle title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileTheDayRunsTheBoxOfficeShowsWhereItWillEndAndWhatSoFar()
    {
        var running = Samples.BoxOfficeToday with
        {
            Totals = Samples.BoxOfficeToday.Totals with { SoFar = new SoFar(400, 16_000_000) },
            Movies = [Samples.BoxOfficeToday.Movies[0] with { SoFar = new SoFar(380, 15_200_000) }],
        };
        _site.Api.Answer("/api/v1/boxoffice", running);

        var page = await GetAsync("/boxoffice");

        Assert.StartsWith("by tonight, about 1,200 (1,150–1,260)", page.QuerySelector("[data-total=admissions]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("400 admissions, Rp16M, from the shows that have started", page.QuerySelector("[data-total=so-far]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-projection]"));
        var row = page.QuerySelector($".leaderboard [data-movie='{Samples.KeretaMalam.Id}']")!;
        Assert.Equal("by tonight, about 1,200 (1,150–1,260)", row.QuerySelector(".lb-admissions")!.TextContent);
        Assert.Equal("380 so far", row.QuerySelector(".lb-sofar")!.TextContent);
    }

    [Fact]
    public async Task AFinishedDaysBoxOfficeSaysNothingOfAProjection()
    {
        var page = await GetAsync("/boxoffice");

        Assert.Null(page.QuerySelector("[data-total=so-far]"));
        Assert.Null(page.QuerySelector("[data-projection]"));
        Assert.Null(page.QuerySelector(".lb-sofar"));
    }

    [Fact]
    public async Task HomesBoxOfficeStripSaysAboutTheDaysAdmissionsWithTheInterval()
    {
        var page = await GetAsync("/");

        Assert.Contains("about 1,200 (1,150–1,260) admissions", page.QuerySelector(".boxoffice-strip")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShowtimesEstimateCarriesItsInterval()
    {
        var page = await GetAsync("/showtimes/5003");

        var estimate = page.QuerySelector("[data-estimate]")!.TextContent;
        Assert.Contains("about 11 (10–13)", estimate, StringComparison.Ordinal);
        Assert.Contains("Rp495.000 (Rp450.000–Rp585.000)", estimate, StringComparison.Ordinal);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string path)
    {
        using var response = await _site.Browser().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return new HtmlParser().ParseDocument(html);
    }
}
