using System.Net;
using AngleSharp.Html.Parser;
using CineRadar.Contracts;
using CineRadar.Testing;
using CineRadar.WebComponents.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CineRadar.Public.Tests;

/// <summary>
/// Live pages: <c>/live/data</c> streams the Api's data version (a change event when it moves, heartbeat comments
/// while it does not), within a cap of streams, ended when the site stops; today's pages carry the stream and, for
/// browsers without script, a periodic refresh; a finished day carries neither.
/// </summary>
public sealed class LiveTests : IDisposable
{
    private const string VersionPath = "/api/v1/data-version";
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly PublicSite _site = new();

    public LiveTests() => _site.Api.Day().Answer(VersionPath, new DataVersion(7));

    [Fact]
    public async Task StreamSendsTheCurrentVersionThenAChangeWhenTheApisVersionMoves()
    {
        using var timeout = new CancellationTokenSource(Wait);
        using var response = await OpenStreamAsync(_site.Browser(), timeout.Token);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var first = await events.NextEventAsync(timeout.Token);
        _site.Api.Answer(VersionPath, new DataVersion(8));
        var next = events.NextEventAsync(timeout.Token);
        await TickUntilAsync(next, Poll, timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("change", "7"), first);
        Assert.Equal(("change", "8"), await next);
    }

    [Fact]
    public async Task AllStreamsOfTheProcessShareOneWatcherOfTheApi()
    {
        using var timeout = new CancellationTokenSource(Wait);
        using var browser = _site.Browser();
        using var one = await OpenStreamAsync(browser, timeout.Token);
        using var two = await OpenStreamAsync(browser, timeout.Token);
        using var three = await OpenStreamAsync(browser, timeout.Token);
        foreach (var response in new[] { one, two, three })
        {
            using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
            Assert.Equal(("change", "7"), await events.NextEventAsync(timeout.Token));
        }

        Assert.Single(_site.Api.Requests, r => r.PathAndQuery == VersionPath);
    }

    [Fact]
    public async Task NoOneWatchingMeansNoQuestionsToTheApi()
    {
        using var timeout = new CancellationTokenSource(Wait);
        var streams = _site.Services.GetRequiredService<EventStreams>();
        using (var response = await OpenStreamAsync(_site.Browser(), timeout.Token))
        {
            using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
            await events.NextEventAsync(timeout.Token);
        }

        while (streams.Open > 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        var asked = _site.Api.Requests.Count(r => r.PathAndQuery == VersionPath);
        for (var i = 0; i < 5; i++)
        {
            _site.Clock.Advance(Poll);
            await Task.Delay(20, timeout.Token);
        }

        Assert.Equal(asked, _site.Api.Requests.Count(r => r.PathAndQuery == VersionPath));
    }

    [Fact]
    public async Task IdleStreamSendsHeartbeatComments()
    {
        using var timeout = new CancellationTokenSource(Wait);
        using var response = await OpenStreamAsync(_site.Browser(), timeout.Token);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(":open", string.Concat((await events.NextAsync(timeout.Token))!).Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(("change", "7"), await events.NextEventAsync(timeout.Token));

        var beat = events.NextAsync(timeout.Token);
        await TickUntilAsync(beat, TimeSpan.FromSeconds(15), timeout.Token);

        Assert.Equal([": heartbeat"], await beat);
    }

    [Fact]
    public async Task StreamsPastTheCapAreRefusedWithRetryAfter()
    {
        using var capped = _site.WithWebHostBuilder(b => b.UseSetting("Live:MaxStreams", "1"));
        using var browser = capped.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var timeout = new CancellationTokenSource(Wait);

        using var first = await OpenStreamAsync(browser, timeout.Token);
        using var events = new EventStreamReader(await first.Content.ReadAsStreamAsync(timeout.Token));
        await events.NextEventAsync(timeout.Token);
        using var second = await OpenStreamAsync(browser, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), second.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task StreamEndsWhenTheSiteStops()
    {
        using var timeout = new CancellationTokenSource(Wait);
        using var response = await OpenStreamAsync(_site.Browser(), timeout.Token);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await events.NextEventAsync(timeout.Token);

        _site.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.Null(await events.NextEventAsync(timeout.Token));
    }

    [Theory]
    [InlineData("/showtimes/5003")]
    [InlineData("/movies/4001?city=1001")]
    [InlineData("/boxoffice")]
    public async Task TodaysPagesFollowTheStreamAndReloadWithoutScript(string path)
    {
        _site.Api.Answer("/api/v1/showtimes/5003/visitor-reading", new VisitorReadingAnswer(false, VisitorReadingReasons.Fresh, Samples.Now.AddMinutes(-5)));

        var page = await PageAsync(path);

        var marker = page.QuerySelector("[data-live-stream]")!;
        Assert.Equal("live/data", marker.GetAttribute("data-live-stream"));
        Assert.Equal("60", marker.GetAttribute("data-live-fallback"));
        Assert.Equal("120", page.QuerySelector("head noscript meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-live-part]"));
        Assert.Matches("<script src=\"_content/CineRadar.WebComponents/live-stream\\.[a-z0-9]+\\.js\" defer", page.Source.Text);
    }

    [Fact]
    public async Task AFinishedDayHasNoStreamAndNoReload()
    {
        var yesterday = Samples.Today.AddDays(-1);
        _site.Api.Answer("/api/v1/boxoffice?date=2026-01-10", Samples.BoxOfficeToday with { Date = yesterday, PreviousDate = yesterday.AddDays(-1) });

        var page = await PageAsync("/boxoffice?date=2026-01-10");

        Assert.NotNull(page.QuerySelector("[data-total=admissions]"));
        Assert.Null(page.QuerySelector("[data-live-stream]"));
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
    }

    [Fact]
    public async Task APageFetchedForItsNewFiguresAsksForNoReading()
    {
        using var browser = _site.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/showtimes/5003");
        request.Headers.Add("X-CineRadar-Live", "refresh");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_site.Api.Requests, r => r.PathAndQuery.EndsWith("/visitor-reading", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string path)
    {
        using var response = await _site.Browser().GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return new HtmlParser().ParseDocument(html);
    }

    private static async Task<HttpResponseMessage> OpenStreamAsync(HttpClient browser, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live/data");
        return await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Moves the site's clock a step at a time until <paramref name="until"/> completes (the site's timers are on that clock).</summary>
    private async Task TickUntilAsync(Task until, TimeSpan step, CancellationToken cancellationToken)
    {
        while (!until.IsCompleted)
        {
            _site.Clock.Advance(step);
            await Task.WhenAny(until, Task.Delay(50, cancellationToken));
        }
    }
}
