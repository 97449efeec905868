using CineRadar.Core.Text;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Browser;
using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Telemetry;
using CineRadar.Scraper.Tix;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Sweeps;

/// <summary>
/// Browser mode, as the original scraper worked: pick the city in the app and read the movie list it fetches; open each
/// movie's page and read the first schedule page it fetches; ask for further pages with the headers of that request.
/// The city list is the one the guest bootstrap learned from the app's city page, as in API mode.
/// </summary>
public sealed class BrowserCatalogSource(
    ChromiumHost chromium,
    ApiCatalogSource api,
    IRequestBudget budget,
    IOptions<TixOptions> options) : ICatalogSource
{
    public Task<IReadOnlyList<TixCity>> GetCitiesAsync(CancellationToken cancellationToken) => api.GetCitiesAsync(cancellationToken);

    public async Task<ICitySession> OpenCityAsync(TixCity city, CancellationToken cancellationToken)
    {
        var context = await chromium.NewContextAsync(cancellationToken);
        var page = await context.NewPageAsync();
        return new Session(context, page, city, budget, options.Value);
    }

    private sealed class Session(IBrowserContext context, IPage page, TixCity city, IRequestBudget budget, TixOptions options) : ICitySession
    {
        private IReadOnlyDictionary<string, string>? _scheduleHeaders;

        public async Task<IReadOnlyList<TixMovie>> GetMoviesAsync(CancellationToken cancellationToken)
        {
            await budget.WaitAsync(cancellationToken);
            var response = await AppNavigation.PickCityAsync(page, options, city.Name);
            return await ReadAsync(response, TixEndpoints.Movies, TixPayloads.ParseMovies);
        }

        public async Task<TixSchedulePage> GetSchedulePageAsync(TixMovie movie, DateOnly date, int pageNumber, CancellationToken cancellationToken)
        {
            await budget.WaitAsync(cancellationToken);
            if (pageNumber == 1)
            {
                var response = await page.RunAndWaitForResponseAsync(
                    () => AppNavigation.OpenAsync(page, options, MovieSlug.AppPath(movie.Title, movie.Id, date)),
                    r => r.Url.Contains($"/v1/schedules/movies/{movie.Id}", StringComparison.Ordinal) && r.Request.Method == "GET",
                    new PageRunAndWaitForResponseOptions { Timeout = (float)options.Browser.Timeout.TotalMilliseconds });
                _scheduleHeaders = await AppNavigation.ReplayableHeadersAsync(response.Request);
                return await ReadAsync(response, TixEndpoints.Schedules, TixPayloads.ParseSchedulePage);
            }

            var url = new Uri(options.ApiUrl,
                $"/v1/schedules/movies/{movie.Id}?city_id={city.Id}&date={date:yyyy-MM-dd}&page={pageNumber}");
            var next = await context.APIRequest.GetAsync(url.ToString(), new APIRequestContextOptions
            {
                Headers = _scheduleHeaders ?? throw new InvalidOperationException("Page 1 is read before later pages."),
                Timeout = (float)options.Browser.Timeout.TotalMilliseconds,
            });
            RequestTally.Current?.Add();
            return TixAnswer.Read(next.Status, await next.BodyAsync(), TixEndpoints.Schedules, TixPayloads.ParseSchedulePage);
        }

        public async ValueTask DisposeAsync() => await context.DisposeAsync();

        private static async Task<T> ReadAsync<T>(IResponse response, string endpoint, TixParser<T> parse)
        {
            RequestTally.Current?.Add();
            return TixAnswer.Read(response.Status, await response.BodyAsync(), endpoint, parse);
        }
    }
}
