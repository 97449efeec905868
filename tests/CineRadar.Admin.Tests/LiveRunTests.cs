using System.Net;
using CineRadar.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CineRadar.Admin.Tests;

/// <summary>
/// A run's page follows <c>/live/runs/{id}/events</c>: a change event whenever the run the Api answers changes, then
/// <c>end</c> and the end of the stream once it is finished; the site asks the Api in the signed-in person's name.
/// </summary>
public sealed class LiveRunTests : IDisposable
{
    private const string RunPath = "/api/v1/admin/runs/run-9";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly AdminSite _site = new();
    private readonly WebApplicationFactory<Program> _fast;

    public LiveRunTests() => _fast = _site.WithWebHostBuilder(b => b.UseSetting("Live:PollInterval", "00:00:00.050"));

    [Fact]
    public async Task RunStreamSendsAChangeWhenTheRunMovesOnAndEndsWhenItIsFinished()
    {
        _site.Api.Answer(HttpMethod.Get, RunPath, Samples.Run("run-9", "running", Samples.Item("0100", "JAKARTA", "claimed"), Samples.Item("0200", "BANDUNG", "pending")));
        using var browser = await SignedInAsync();
        using var timeout = new CancellationTokenSource(Wait);

        using var response = await browser.GetAsync("/live/runs/run-9/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await events.NextEventAsync(timeout.Token);
        _site.Api.Answer(HttpMethod.Get, RunPath, Samples.Run("run-9", "running", Samples.Item("0100", "JAKARTA", "ok", movies: 12), Samples.Item("0200", "BANDUNG", "claimed")));
        var second = await events.NextEventAsync(timeout.Token);
        _site.Api.Answer(HttpMethod.Get, RunPath, Samples.Run("run-9", "success", Samples.Item("0100", "JAKARTA", "ok", movies: 12), Samples.Item("0200", "BANDUNG", "ok", movies: 4)));
        var third = await events.NextEventAsync(timeout.Token);
        var last = await events.NextEventAsync(timeout.Token);
        var after = await events.NextEventAsync(timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("change", first?.Type);
        Assert.Equal("change", second?.Type);
        Assert.Equal("change", third?.Type);
        Assert.Equal(3, new[] { first, second, third }.Select(e => e!.Value.Data).Distinct().Count());
        Assert.Equal(("end", "success"), last);
        Assert.Null(after);
        Assert.All(_site.Api.Sent(HttpMethod.Get, RunPath), r => Assert.Equal((AdminSite.OperatorName, "operator"), (r.User, r.Role)));
    }

    [Fact]
    public async Task RunningRunsPageFollowsItsStreamAndAFinishedOneHasNone()
    {
        _site.Api.Answer(HttpMethod.Get, RunPath, Samples.Run("run-9", "running", Samples.Item("0100", "JAKARTA", "claimed")));
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/runs/run-8", Samples.Run("run-8", "success", Samples.Item("0100", "JAKARTA", "ok", movies: 3)));
        using var browser = await SignedInAsync();

        var running = await browser.GetStringAsync("/runs/run-9");
        var finished = await browser.GetStringAsync("/runs/run-8");

        Assert.Contains("data-live-stream=\"live/runs/run-9/events\"", running, StringComparison.Ordinal);
        Assert.Matches("<script src=\"_content/CineRadar.WebComponents/live-stream\\.[a-z0-9]+\\.js\" defer", running);
        Assert.DoesNotContain("data-live-stream", finished, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamOfAnUnknownRunEndsAtOnce()
    {
        using var browser = await SignedInAsync();
        using var timeout = new CancellationTokenSource(Wait);

        using var response = await browser.GetAsync("/live/runs/run-404/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        Assert.Equal(("end", "gone"), await events.NextEventAsync(timeout.Token));
        Assert.Null(await events.NextEventAsync(timeout.Token));
    }

    [Fact]
    public async Task AnonymousVisitorGetsNoStream()
    {
        using var browser = _fast.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/live/runs/run-9/events");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(_site.Api.Sent(HttpMethod.Get, RunPath));
    }

    public void Dispose()
    {
        _fast.Dispose();
        _site.Dispose();
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = _fast.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}
