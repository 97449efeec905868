using Microsoft.Playwright;

namespace CineRadar.EndToEnd.Tests.Support;

/// <summary>
/// One headless Debian Chromium for every browser test of the run, launched on first use; each test gets its own
/// context (cookies, storage) on a phone-sized or desktop viewport, in WIB.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/lib/chromium/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static async Task<IBrowserContext> NewContextAsync(Uri baseUrl, bool phone = false)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 430, Height = 932 } : new ViewportSize { Width = 1366, Height = 900 },
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    private static async Task<IBrowser> BrowserAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is null)
            {
                if (!File.Exists(ExecutablePath))
                {
                    throw new InvalidOperationException($"Chromium is not at {ExecutablePath} (install it with: apt-get install -y chromium).");
                }

                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    _browser.CloseAsync().GetAwaiter().GetResult();
                    _playwright.Dispose();
                };
            }

            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }
}
