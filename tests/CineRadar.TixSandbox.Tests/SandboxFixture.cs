using Microsoft.Playwright;

namespace CineRadar.TixSandbox.Tests;

/// <summary>
/// One in-process sandbox on a fake clock (Saturday 10 January 2026, 10:00 WIB, never advanced) and one headless
/// Debian Chromium, shared by the tests that only read.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public TestSandbox Sandbox { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await TestSandbox.StartAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/lib/chromium/chromium",
            Headless = true,
            Args = ["--disable-blink-features=AutomationControlled"],
        });
    }

    /// <summary>A fresh context shaped like the scraper's (phone viewport, Indonesian locale, Jakarta time).</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 430, Height = 932 },
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
            UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15",
        });
        await context.AddInitScriptAsync("Object.defineProperty(navigator, 'webdriver', { get: () => undefined })");
        return context;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Sandbox.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSandbox : ICollectionFixture<SandboxFixture>
{
    public const string Name = "Shared sandbox and browser";
}
