using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>What the Admin browser tests share: signing in, reading numbers as the site writes them, screenshots.</summary>
public static class AdminBrowser
{
    public const string Operator = "admin";

    private static readonly TimeSpan AgreementTimeout = TimeSpan.FromMinutes(2);

    public static async Task SignInAsync(IPage page, string password = SystemFixture.AdminPassword)
    {
        await page.GetByLabel("Name").FillAsync(Operator);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>The cells of a table (data-table name), row by row, keyed by their data-column.</summary>
    public static async Task<List<Dictionary<string, string>>> TableAsync(IPage page, string name) =>
        (await page.EvaluateAsync<JsonElement>(
            """
            name => [...document.querySelectorAll(`table[data-table="${name}"] tbody tr`)].map(row =>
                Object.fromEntries([...row.querySelectorAll('td[data-column]')].map(cell => [cell.dataset.column, cell.textContent.trim()])))
            """,
            name))
        .EnumerateArray()
        .Select(row => row.EnumerateObject().ToDictionary(cell => cell.Name, cell => cell.Value.GetString() ?? ""))
        .ToList();

    /// <summary>
    /// Opens <paramref name="path"/> and asserts that it shows the <paramref name="figures"/> of the Api's answer to
    /// <paramref name="apiPath"/>; that answer. The scraper goes on folding seat readings and placing theatres, each a new
    /// data version, so the figures may move between the two reads: both are read again until they agree, and the
    /// difference fails the test only when they still do not after two minutes.
    /// </summary>
    public static async Task<JsonElement> AssertShowsApiAsync(IPage page, string path, AdminApiData api, string apiPath, IPageFigures figures)
    {
        var deadline = DateTimeOffset.UtcNow + AgreementTimeout;
        while (true)
        {
            var answer = await api.GetAsync(apiPath);
            await page.GotoAsync(path);
            var expected = figures.Expected(answer);
            var shown = await figures.ShownAsync(page);
            if (expected.SequenceEqual(shown) || DateTimeOffset.UtcNow > deadline)
            {
                Assert.Equal(expected, shown);
                return answer;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Saves the page to docs/screenshots/admin-{name}.png in the repository.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(Support.RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"admin-{name}.png"), FullPage = true });
    }

    public static Regex UrlPath(string pattern) => new($"^[^?]*{pattern}(\\?.*)?$");
}
