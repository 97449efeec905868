using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using CineRadar.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>
/// An operator adds a webhook in the Admin to a receiver on this machine (the sandbox system allows local targets),
/// sends a test, and sees it delivered: the scraper's worker posted it, signed with the secret the page showed once.
/// </summary>
[Collection(WholeSystem.Name)]
public sealed class AdminWebhookTests(SystemFixture system)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task OperatorAddsAWebhookSendsATestAndSeesItDelivered()
    {
        using var receiver = LocalReceiver.Start();
        using var timeout = new CancellationTokenSource(SystemFixture.StartTimeout);
        foreach (var resource in new[] { "api", "scraper", "admin" })
        {
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        await using var context = await Chromium.NewContextAsync(system.Endpoint("admin"));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/webhooks");
        await AdminBrowser.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(AdminBrowser.UrlPath("/webhooks"));

        await page.GetByLabel("URL").FillAsync(receiver.Url);
        await page.GetByLabel("Format").SelectOptionAsync("generic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add webhook", Exact = true }).ClickAsync();
        var secret = (await page.Locator("[data-secret]").TextContentAsync())!.Trim();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        var row = page.Locator("tr[data-webhook]", new() { HasText = receiver.Url });
        await row.GetByRole(AriaRole.Button, new() { Name = "Send test", Exact = true }).ClickAsync();
        var queued = await page.Locator("[data-queued]").GetAttributeAsync("data-queued");

        var (body, signature) = await receiver.NextAsync(DeliveryTimeout);
        Assert.Contains("\"event\":\"test\"", body, StringComparison.Ordinal);
        // As a receiver checks it (docs/api.md): HMAC-SHA256 of "{t}.{body}" keyed with the secret.
        var parts = signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}")));
        Assert.Equal(expected, parts["v1"]);
        Assert.InRange(long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        var deadline = DateTimeOffset.UtcNow + DeliveryTimeout;
        var delivered = page.Locator($"tr[data-delivery=\"{queued}\"][data-status=\"delivered\"]");
        while (await delivered.CountAsync() == 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await page.GotoAsync("/webhooks");
        }

        await Expect(delivered).ToContainTextAsync("HTTP 200");
        await AdminBrowser.ScreenshotAsync(page, "webhooks");
    }

    /// <summary>A plain HTTP receiver on a loopback port that records each POST's body and signature header, answering 200.</summary>
    private sealed class LocalReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly BlockingCollection<(string Body, string Signature)> _received = [];

        private LocalReceiver(int port)
        {
            Url = $"http://127.0.0.1:{port}/hook/";
            _listener.Prefixes.Add(Url);
        }

        public string Url { get; }

        public static LocalReceiver Start()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var receiver = new LocalReceiver(port);
            receiver._listener.Start();
            _ = receiver.ServeAsync();
            return receiver;
        }

        public async Task<(string Body, string Signature)> NextAsync(TimeSpan timeout) =>
            await Task.Run(() => _received.TryTake(out var item, timeout) ? item : throw new TimeoutException("No webhook arrived."));

        public void Dispose()
        {
            _listener.Close();
            _received.Dispose();
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                _received.Add((body, context.Request.Headers["X-CineRadar-Signature"] ?? ""));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }
}
