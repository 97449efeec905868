using CineRadar.Scraper.Configuration;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Browser;

/// <summary>Moves through the TIX web app the way a person does; the steps login and sweeps share.</summary>
internal static class AppNavigation
{
    /// <summary>Opens an app page and waits for the network to settle.</summary>
    public static async Task OpenAsync(IPage page, TixOptions options, string path)
    {
        await page.GotoAsync(new Uri(options.AppUrl, path).ToString(), new PageGotoOptions
        {
            WaitUntil = WaitUntilState.NetworkIdle,
            Timeout = (float)options.Browser.Timeout.TotalMilliseconds,
        });
    }

    /// <summary>
    /// Picks a city in the app's city picker (type its name, click the element whose text is exactly the name) and
    /// returns the movie-list answer the app fetches for it.
    /// </summary>
    public static async Task<IResponse> PickCityAsync(IPage page, TixOptions options, string cityName)
    {
        await OpenAsync(page, options, "/cities");
        var search = page.Locator("input[type=text]").First;
        await search.ClickAsync();
        await page.Keyboard.TypeAsync(cityName, new KeyboardTypeOptions { Delay = 20 });
        return await page.RunAndWaitForResponseAsync(
            () => page.GetByText(cityName, new PageGetByTextOptions { Exact = true }).Last.ClickAsync(new LocatorClickOptions { Force = true }),
            response => response.Url.Contains("/v1/movies", StringComparison.Ordinal) && response.Request.Method == "GET",
            new PageRunAndWaitForResponseOptions { Timeout = (float)options.Browser.Timeout.TotalMilliseconds });
    }

    /// <summary>The headers the app sent, minus those that belong to one connection or one body.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReplayableHeadersAsync(IRequest request)
    {
        var headers = await request.AllHeadersAsync();
        return headers
            .Where(h => !h.Key.StartsWith(':') && h.Key.ToLowerInvariant() is not ("host" or "connection" or "content-length" or "accept-encoding"))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
    }
}
