using System.Text.Json;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// Logs in on the TIX app's login page: the fields are found by their placeholders and typed into (they are not
/// plain inputs in the real app), the last of the two "Login" buttons submits, and the tokens are read from
/// localStorage, where the app keeps them JSON-quoted.
/// </summary>
public sealed class PlaywrightLogin(ChromiumHost chromium, IOptions<TixOptions> options, ILogger<PlaywrightLogin> logger) : IBrowserLogin
{
    public const string PhonePlaceholder = "Type your phone number";
    public const string PasswordPlaceholder = "Type Password";
    public const string AccessTokenKey = "authentication_token";
    public const string RefreshTokenKey = "authentication_refresh_token";

    public async Task<TixTokenGrant> LoginAsync(string phone, string password, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var context = await chromium.NewContextAsync(cancellationToken);
        var page = await context.NewPageAsync();
        await AppNavigation.OpenAsync(page, settings, "/login");

        await TypeAsync(page, page.GetByPlaceholder(PhonePlaceholder), TixPhone.National(phone));
        await TypeAsync(page, page.GetByPlaceholder(PasswordPlaceholder), password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Login", Exact = true }).Last.ClickAsync();

        try
        {
            await page.WaitForFunctionAsync(
                $"() => !!localStorage.getItem('{AccessTokenKey}')",
                null,
                new PageWaitForFunctionOptions { Timeout = (float)settings.Browser.Timeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            var said = await page.Locator("body").InnerTextAsync();
            logger.LogWarning("The TIX app stored no token after login");
            throw new TixLoginException($"The TIX app stored no token after login; the page says: {Summarize(said)}");
        }

        var access = await ReadStorageAsync(page, AccessTokenKey);
        var refresh = await ReadStorageAsync(page, RefreshTokenKey);
        return new TixTokenGrant(
            access ?? throw new TixLoginException("The TIX app stored no access token."),
            refresh ?? throw new TixLoginException("The TIX app stored no refresh token."));
    }

    private static async Task TypeAsync(IPage page, ILocator field, string text)
    {
        await field.ClickAsync();
        await page.Keyboard.TypeAsync(text, new KeyboardTypeOptions { Delay = 30 });
    }

    /// <summary>localStorage holds the tokens JSON-encoded ("\"eyJ...\""): decode them.</summary>
    private static async Task<string?> ReadStorageAsync(IPage page, string key)
    {
        var raw = await page.EvaluateAsync<string?>($"() => localStorage.getItem('{key}')");
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            return raw.TrimStart().StartsWith('"') ? JsonSerializer.Deserialize<string>(raw) : raw.Trim();
        }
        catch (JsonException)
        {
            return raw.Trim('"', ' ');
        }
    }

    private static string Summarize(string text)
    {
        var line = string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
