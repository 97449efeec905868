using CineRadar.Scraper.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// One headless Chromium per scraper process, launched on first use, with the fingerprint TIX's app sees from a phone:
/// a 430x932 viewport, an iPhone user agent, id-ID locale, the Asia/Jakarta zone and no <c>navigator.webdriver</c>.
/// </summary>
public sealed class ChromiumHost(IOptions<TixOptions> options, ILogger<ChromiumHost> logger) : IAsyncDisposable, IDisposable
{
    private static readonly string[] LaunchArgs =
    [
        "--disable-blink-features=AutomationControlled",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IBrowserContext> NewContextAsync(CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken);
        var settings = options.Value.Browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 430, Height = 932 },
            UserAgent = settings.UserAgent,
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout((float)settings.Timeout.TotalMilliseconds);
        await context.AddInitScriptAsync("Object.defineProperty(navigator, 'webdriver', { get: () => undefined });");
        return context;
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            var settings = options.Value.Browser;
            if (!File.Exists(settings.ExecutablePath))
            {
                throw new InvalidOperationException(
                    $"Chromium is not at {settings.ExecutablePath} (install it with: apt-get install -y chromium).");
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.ExecutablePath,
                Headless = settings.Headless,
                Args = LaunchArgs,
            });
            logger.LogInformation("Chromium {Version} started", _browser.Version);
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Hosts disposed synchronously (the CLI's) close the browser too.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        _gate.Dispose();
    }
}
