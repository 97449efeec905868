using System.Net;

namespace CineRadar.Admin.Tests;

/// <summary>An Api that does not answer (its own site: the client's circuit breaker opens and stays open a while).</summary>
public sealed class ApiDownTests : IClassFixture<AdminSite>
{
    private readonly AdminSite _site;

    public ApiDownTests(AdminSite site) => _site = site;

    [Fact]
    public async Task PagesSayTheApiIsDownInsteadOfFailing()
    {
        using var browser = _site.Browser();
        _site.Api.IsDown = true;
        await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword);

        foreach (var path in new[] { "/", "/runs", "/analytics", "/analytics/occupancy?by=hour", "/cinemas", "/keys", "/alerts", "/locations", "/cities", "/audit" })
        {
            using var response = await browser.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("The CineRadar Api is not answering right now", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var export = await browser.GetAsync("/export/leaderboard.csv");
        Assert.Equal(HttpStatusCode.BadGateway, export.StatusCode);
    }
}
