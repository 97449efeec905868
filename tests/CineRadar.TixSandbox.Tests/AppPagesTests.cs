using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CineRadar.TixSandbox.Tests.Support;
using Microsoft.Playwright;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The app pages driven by Playwright in Debian Chromium, the way the scraper drives app.tix.id.</summary>
[Collection(SharedSandbox.Name)]
public sealed partial class AppPagesTests(SandboxFixture fixture)
{
    private readonly SandboxServer _server = fixture.Sandbox.Server;

    [Fact]
    public async Task LoginByPlaceholdersAndTheLastLoginButtonStoresJsonQuotedTokens()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await LogInAsync(context, _server.DemoAccount.Password);
        await Assertions.Expect(page).ToHaveURLAsync(HomeUrl());

        var rawAccess = await page.EvaluateAsync<string?>("() => localStorage.getItem('authentication_token')");
        var rawRefresh = await page.EvaluateAsync<string?>("() => localStorage.getItem('authentication_refresh_token')");
        Assert.StartsWith("\"", rawAccess, StringComparison.Ordinal);
        Assert.StartsWith("\"", rawRefresh, StringComparison.Ordinal);
        var showtime = _server.ShowtimesOn(TestSandbox.Today).First(s => s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(4));
        using var quoted = await fixture.Sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, rawAccess);
        using var stripped = await fixture.Sandbox.Tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, JsonSerializer.Deserialize<string>(rawAccess!));
        Assert.Equal(HttpStatusCode.Unauthorized, quoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stripped.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordShowsAnErrorAndStoresNoToken()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await LogInAsync(context, "not-the-password");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("salah");

        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('authentication_token')"));
        Assert.Equal(0, await page.Locator("[id]").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Login", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(HomeUrl());
    }

    [Fact]
    public async Task ClickingACityFiresTheMoviesRequestWithTheGuestHeaders()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_server.AppUrl, "cities").ToString());
        await page.Locator("input[type=text]").First.ClickAsync();
        await page.Keyboard.TypeAsync("BALI", new() { Delay = 30 });

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByText("BALI", new() { Exact = true }).ClickAsync(new() { Force = true }),
            r => r.Url.Contains("/v1/movies?city_id=", StringComparison.Ordinal));

        Assert.StartsWith(_server.ApiUrl.ToString(), response.Url, StringComparison.Ordinal);
        Assert.EndsWith("city_id=1244607994935726080", response.Url, StringComparison.Ordinal);
        Assert.Equal(200, response.Status);
        var headers = await response.Request.AllHeadersAsync();
        Assert.Equal("web", headers["platform"]);
        Assert.False(string.IsNullOrEmpty(headers["x-app-version"]));
        Assert.StartsWith("Bearer ey", headers["authorization"], StringComparison.Ordinal);
        var body = await response.JsonAsync();
        Assert.True(body!.Value.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task MoviePageFiresTheSchedulesRequestForPageOneOfTheSelectedCity()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_server.AppUrl, "cities").ToString());
        await page.Locator("input[type=text]").First.ClickAsync();
        await page.Keyboard.TypeAsync("MALANG");
        await page.RunAndWaitForResponseAsync(
            () => page.GetByText("MALANG", new() { Exact = true }).ClickAsync(),
            r => r.Url.Contains("/v1/movies?city_id=", StringComparison.Ordinal));
        var movieLink = await page.Locator("a.movie-card").First.GetAttributeAsync("href") ?? "";

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(new Uri(_server.AppUrl, movieLink.TrimStart('/')).ToString()),
            r => r.Url.Contains("/v1/schedules/movies/", StringComparison.Ordinal));

        Assert.Matches(@"^/movies/[a-z0-9-]+-[0-9]{19}/2026-01-10$", movieLink);
        var slugAndId = movieLink.Split('/')[2];
        Assert.Contains($"/v1/schedules/movies/{slugAndId[(slugAndId.LastIndexOf('-') + 1)..]}?", response.Url, StringComparison.Ordinal);
        Assert.Contains("city_id=973818515335155712&date=2026-01-10&page=1", response.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("article.theatre").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[id]").CountAsync());
    }

    [Fact]
    public async Task HomeWarmsUpAGuestSessionAndListsMovies()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        var auth = await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(new Uri(_server.AppUrl, "home").ToString()),
            r => r.Url.EndsWith("/v1/auth", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("a.movie-card").First).ToBeVisibleAsync();

        Assert.Equal(200, auth.Status);
        Assert.StartsWith("\"ey", await page.EvaluateAsync<string?>("() => localStorage.getItem('guest_token')"), StringComparison.Ordinal);
    }

    /// <summary>Logs in as the scraper does: fields by placeholder, typed with the keyboard, the last "Login" button.</summary>
    private async Task<IPage> LogInAsync(IBrowserContext context, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_server.AppUrl, "login").ToString());
        await TypeAsync(page, "Type your phone number", "81200000077");
        await TypeAsync(page, "Type Password", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Login", Exact = true }).Last.ClickAsync();
        return page;
    }

    private static async Task TypeAsync(IPage page, string placeholder, string text)
    {
        await page.GetByPlaceholder(placeholder).ClickAsync();
        await page.Keyboard.TypeAsync(text, new() { Delay = 30 });
    }

    [GeneratedRegex("/home$")]
    private static partial Regex HomeUrl();
}
