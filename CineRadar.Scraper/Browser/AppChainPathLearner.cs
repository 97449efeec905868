using System.Text.RegularExpressions;
using CineRadar.Core.Sampling;
using CineRadar.Core.Text;
using CineRadar.Scraper.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// Opens one seat map of a chain the way a person does (pick the city, open the movie's page, load theatres until the
/// showtime's theatre is there, click its time) and reads the chain's path from the layout request the app makes
/// (<c>/v1/movies/{path}/layout</c>, as the reference records it). No login is needed: the request is what counts.
/// </summary>
public sealed partial class AppChainPathLearner(ChromiumHost chromium, IOptions<TixOptions> options) : IChainPathLearner
{
    public async Task<string> LearnAsync(SampledShowtime showtime, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var timeout = (float)settings.Browser.Timeout.TotalMilliseconds;
        await using var context = await chromium.NewContextAsync(cancellationToken);
        var page = await context.NewPageAsync();
        await AppNavigation.PickCityAsync(page, settings, showtime.CityName);
        await page.RunAndWaitForResponseAsync(
            () => AppNavigation.OpenAsync(page, settings, MovieSlug.AppPath(showtime.MovieTitle, showtime.MovieId, showtime.Date)),
            r => r.Url.Contains($"/v1/schedules/movies/{showtime.MovieId}", StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = timeout });

        var theatre = page.Locator("article", new PageLocatorOptions { Has = page.GetByText(showtime.TheatreName, new PageGetByTextOptions { Exact = true }) });
        var more = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Muat lebih banyak", Exact = true });
        for (var loaded = 1; await theatre.CountAsync() == 0; loaded++)
        {
            if (loaded >= settings.MaxSchedulePages || !await more.IsVisibleAsync())
            {
                throw new InvalidOperationException($"the app's page of {showtime.MovieTitle} does not show {showtime.TheatreName}");
            }

            await page.RunAndWaitForResponseAsync(
                () => more.ClickAsync(),
                r => r.Url.Contains($"/v1/schedules/movies/{showtime.MovieId}", StringComparison.Ordinal),
                new PageRunAndWaitForResponseOptions { Timeout = timeout });
        }

        var time = theatre.First.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = showtime.DisplayTime, Exact = true }).First;
        var layout = await page.RunAndWaitForRequestAsync(
            () => time.ClickAsync(),
            r => LayoutPath().IsMatch(new Uri(r.Url).AbsolutePath),
            new PageRunAndWaitForRequestOptions { Timeout = timeout });
        return Uri.UnescapeDataString(LayoutPath().Match(new Uri(layout.Url).AbsolutePath).Groups["chain"].Value);
    }

    [GeneratedRegex("/v1/movies/(?<chain>[^/]+)/layout$")]
    private static partial Regex LayoutPath();
}
