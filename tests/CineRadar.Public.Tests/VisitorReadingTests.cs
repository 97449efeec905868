using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CineRadar.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CineRadar.Public.Tests;

/// <summary>
/// A showtime page asks the Api for a fresh reading when opened (the Api decides), says so and reloads once; it shows
/// how old the latest reading is and whether a visitor's request brought it; past a client's limit it does not ask.
/// </summary>
public sealed class VisitorReadingTests : IDisposable
{
    private const string AskPath = "/api/v1/showtimes/5003/visitor-reading";

    private readonly PublicSite _site = new();

    public VisitorReadingTests() => _site.Api.Day();

    [Fact]
    public async Task OpeningAShowtimeAsksTheApiAndReloadsOnceWhenAReadingWasAskedFor()
    {
        _site.Api.Answer(AskPath, new VisitorReadingAnswer(true, VisitorReadingReasons.Asked, Samples.Now.AddMinutes(-5)));

        var page = await GetAsync(_site.Browser(), "/showtimes/5003");

        Assert.Single(_site.Api.Requests, r => r.PathAndQuery == AskPath);
        Assert.NotNull(page.QuerySelector("[data-reading-asked]"));
        Assert.Equal("60", page.QuerySelector("head meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task PageNeitherSaysNorReloadsWhenNoReadingWasAskedFor()
    {
        _site.Api.Answer(AskPath, new VisitorReadingAnswer(false, VisitorReadingReasons.Fresh, Samples.Now.AddMinutes(-2)));

        // As a browser that runs scripts reads it: the periodic reload in <noscript> is for browsers that do not.
        var page = await GetAsync(_site.Browser(), "/showtimes/5003", scripting: true);

        Assert.Null(page.QuerySelector("[data-reading-asked]"));
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("read 5 minutes ago", page.QuerySelector(".reading-age")!.TextContent);
    }

    [Fact]
    public async Task ReadingAVisitorAskedForIsShownAsSuchWithItsAge()
    {
        var latest = Samples.LatestOf5003 with { Kind = ReadingKinds.Visitor, SampledAt = Samples.Now.AddMinutes(-3) };
        _site.Api.Answer("/api/v1/showtimes/5003", Samples.Show5003 with { Latest = latest });

        var page = await GetAsync(_site.Browser(), "/showtimes/5003");

        var age = page.QuerySelector(".reading-age")!;
        Assert.Equal("read 3 minutes ago at a visitor's request", age.TextContent);
        Assert.Equal(("3", ReadingKinds.Visitor), (age.GetAttribute("data-reading-age"), age.GetAttribute("data-reading-kind")));
    }

    [Fact]
    public async Task ApiRefusingTheAskStillRendersThePage()
    {
        var page = await GetAsync(_site.Browser(), "/showtimes/5003");

        Assert.Single(_site.Api.Requests, r => r.PathAndQuery == AskPath);
        Assert.Equal("83.3", page.QuerySelector("[data-occupancy]")!.GetAttribute("data-occupancy"));
        Assert.Null(page.QuerySelector("[data-reading-asked]"));
    }

    [Fact]
    public async Task ClientPastItsLimitGetsThePageWithoutAsking()
    {
        _site.Api.Answer(AskPath, new VisitorReadingAnswer(false, VisitorReadingReasons.AlreadyAsked, Samples.Now.AddMinutes(-5)));
        using var limited = _site.WithWebHostBuilder(b => b.UseSetting("VisitorReadings:PerClientLimit", "2"));
        using var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var pages = new List<IHtmlDocument>();
        for (var i = 0; i < 4; i++)
        {
            pages.Add(await GetAsync(browser, "/showtimes/5003"));
        }

        Assert.Equal(2, _site.Api.Requests.Count(r => r.PathAndQuery == AskPath));
        Assert.All(pages, p => Assert.Equal("83.3", p.QuerySelector("[data-occupancy]")!.GetAttribute("data-occupancy")));
        Assert.NotNull(pages[1].QuerySelector("[data-reading-on-its-way]"));
        Assert.Null(pages[3].QuerySelector("[data-reading-on-its-way]"));
    }

    public void Dispose() => _site.Dispose();

    private static async Task<IHtmlDocument> GetAsync(HttpClient browser, string path, bool scripting = false)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return new HtmlParser(new HtmlParserOptions { IsScripting = scripting }).ParseDocument(html);
    }
}
