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
public sealed class AppChainPathLearner(ChromiumHost chromium, IOptions<TixOptions> options) : IChainPathLearner
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

        var theatre = AppSeatMaps.Theatre(page, showtime.TheatreName);
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

        var layout = await AppSeatMaps.OpenAsync(page, settings, showtime.TheatreName, showtime.DisplayTime);
        return AppSeatMaps.ChainPathOf(new Uri(layout.Url))!;
    }
}
