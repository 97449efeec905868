using System.Text.RegularExpressions;
using CineRadar.Scraper.Configuration;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// Opens a seat map on a movie page of the app the way a person does (click the showtime's time in its theatre's card)
/// and reads the chain's path from the layout request the app makes (<c>/v1/movies/{path}/layout</c>, as the reference
/// records it). Chain-path learning and the probe share it.
/// </summary>
internal static partial class AppSeatMaps
{
    /// <summary>The theatre's card on the movie page (empty while the theatre is not loaded).</summary>
    public static ILocator Theatre(IPage page, string theatreName) =>
        page.Locator("article", new PageLocatorOptions { Has = page.GetByText(theatreName, new PageGetByTextOptions { Exact = true }) });

    /// <summary>Clicks the time in the theatre's card and returns the layout request the app made.</summary>
    public static async Task<IRequest> OpenAsync(IPage page, TixOptions options, string theatreName, string displayTime)
    {
        var time = Theatre(page, theatreName).First
            .GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = displayTime, Exact = true }).First;
        return await page.RunAndWaitForRequestAsync(
            () => time.ClickAsync(),
            r => LayoutPath().IsMatch(new Uri(r.Url).AbsolutePath),
            new PageRunAndWaitForRequestOptions { Timeout = (float)options.Browser.Timeout.TotalMilliseconds });
    }

    /// <summary>The chain path in a layout URL (<c>/v1/movies/fx/layout</c> → <c>fx</c>), or null for another URL.</summary>
    public static string? ChainPathOf(Uri url) =>
        LayoutPath().Match(url.AbsolutePath) is { Success: true } match ? Uri.UnescapeDataString(match.Groups["chain"].Value) : null;

    [GeneratedRegex("/v1/movies/(?<chain>[^/]+)/layout$")]
    private static partial Regex LayoutPath();
}
