using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace CineRadar.Admin.Tests;

/// <summary>
/// Signing in when the Api cannot be reached: the site still starts and says why forms fail until its key ring can be
/// read; once read, the lockout keeps counting in the replica itself, with a warning.
/// </summary>
public sealed class ApiUnreachableSignInTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SiteStartsWithoutTheApiAndSignsInOnceTheKeyRingCanBeRead()
    {
        await using var site = new AdminSite();
        site.Api.IsDown = true;
        using var browser = site.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
        using var withoutKeys = await browser.GetAsync("/login");
        Assert.Equal(HttpStatusCode.InternalServerError, withoutKeys.StatusCode);
        Assert.Contains(site.Logs.GetSnapshot(), r => r.Level == LogLevel.Error
            && r.Message.Contains("Data Protection key ring could not be read from the CineRadar Api", StringComparison.Ordinal));

        site.Api.IsDown = false;
        await WaitUntilAsync(async () => (await browser.GetAsync("/login")).StatusCode == HttpStatusCode.OK);
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task LockoutIsCountedByTheReplicaWhileTheApiIsDown()
    {
        await using var site = new AdminSite();
        using var browser = site.Browser();
        site.Api.IsDown = true;

        for (var failure = 1; failure < new Auth.AdminOptions().MaxFailedSignIns; failure++)
        {
            using var refused = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, $"guess-{failure}");
            Assert.Contains("Wrong name or password.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var last = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, "guess-last");
        using var rightPassword = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword);

        Assert.Contains("Too many failed sign-ins", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Too many failed sign-ins", await rightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(site.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning
            && r.Message.Contains("counted by this replica only", StringComparison.Ordinal));
    }

    /// <summary>Asks again until the condition holds (the client's circuit breaker stays open a while after the Api was down).</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Deadline, $"The condition did not hold within {Deadline.TotalSeconds:0} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
