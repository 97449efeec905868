using System.Net;
using System.Text.Json;
using CineRadar.Contracts;

namespace CineRadar.Admin.Tests;

/// <summary>The Webhooks page: subscriptions and deliveries listed, an operator adds a webhook, sends a test, removes one.</summary>
public sealed class WebhookPageTests : IClassFixture<AdminSite>, IDisposable
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-01-11T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private readonly AdminSite _site;

    public WebhookPageTests(AdminSite site)
    {
        _site = site;
        _site.Api.Reset();
    }

    public void Dispose() => _site.Api.Reset();

    [Fact]
    public async Task PageListsSubscriptionsAndDeliveriesNewestFirstWithTheirLastAnswer()
    {
        StubLists();
        using var browser = await SignedInAsync(AdminSite.AnalystName, AdminSite.AnalystPassword);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/webhooks"));

        Assert.Contains("data-webhook=\"wh_ops\"", page, StringComparison.Ordinal);
        Assert.Contains("https://hooks.example.com/ops", page, StringComparison.Ordinal);
        Assert.Contains("key key-1", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("data-delivery=\"d-new\"", StringComparison.Ordinal) < page.IndexOf("data-delivery=\"d-old\"", StringComparison.Ordinal));
        Assert.Contains("HTTP 500 · HTTP 500: boom · 40 ms", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"delivered\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Send test", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add webhook", page, StringComparison.Ordinal);
        Assert.Contains("href=\"webhooks\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorAddsAWebhookAndSeesItsSecretOnce()
    {
        StubLists();
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/webhooks",
            new CreatedWebhook(Webhook("wh_new", null, "https://hooks.example.com/new"), "whsec_SHOWNONCE"), HttpStatusCode.Created);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/webhooks");
        using var post = await browser.PostAsync("/webhooks", Form(token, "add-webhook", ("url", "https://hooks.example.com/new"), ("format", "teams"), ("resolved", "on")));
        var shown = await post.Content.ReadAsStringAsync();
        var later = await browser.GetStringAsync("/webhooks");

        Assert.Contains("whsec_SHOWNONCE", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_SHOWNONCE", later, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/webhooks").Single().Body!);
        Assert.Equal("https://hooks.example.com/new", body.RootElement.GetProperty("url").GetString());
        Assert.Equal("teams", body.RootElement.GetProperty("format").GetString());
        Assert.Equal(["alert.raised", "alert.resolved"], body.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task OperatorSendsATestAndRemovesAWebhook()
    {
        StubLists();
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/webhooks/wh_ops/test",
            new WebhookDeliveryDto("d-test", "wh_ops", null, "test", "pending", 0, At, At, null, null, null, []), HttpStatusCode.Accepted);
        _site.Api.Answer(HttpMethod.Delete, "/api/v1/admin/webhooks/wh_ops", HttpStatusCode.NoContent);
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/webhooks");
        using var test = await browser.PostAsync("/webhooks", Form(token, "test-wh_ops"));
        using var remove = await browser.PostAsync("/webhooks", Form(token, "remove-wh_ops"));

        Assert.Contains("data-queued=\"d-test\"", await test.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/webhooks/wh_ops/test"));
        Assert.Single(_site.Api.Sent(HttpMethod.Delete, "/api/v1/admin/webhooks/wh_ops"));
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
    }

    [Fact]
    public async Task ARefusedUrlShowsTheApisWords()
    {
        StubLists();
        _site.Api.Problem(HttpMethod.Post, "/api/v1/admin/webhooks", HttpStatusCode.BadRequest, "The webhook URL must use https.");
        using var browser = await SignedInAsync(AdminSite.OperatorName, AdminSite.OperatorPassword);

        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/webhooks");
        using var post = await browser.PostAsync("/webhooks", Form(token, "add-webhook", ("url", "http://hooks.example.com/x"), ("format", "slack")));

        Assert.Contains("must use https", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private void StubLists()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/webhooks", new[]
        {
            Webhook("wh_ops", null, "https://hooks.example.com/ops"),
            Webhook("wh_key", "key-1", "https://partner.example.com/cineradar") with { Events = ["day.published"], Format = "generic" },
        });
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/webhooks/deliveries", new[]
        {
            new WebhookDeliveryDto("d-new", "wh_ops", null, "alert.raised", "pending", 1, At.AddMinutes(5), At.AddMinutes(6), null, 500, "HTTP 500: boom",
                [new WebhookAttemptDto(At.AddMinutes(5), 500, "HTTP 500: boom", 40)]),
            new WebhookDeliveryDto("d-old", "wh_ops", null, "test", "delivered", 1, At, At, At, 200, null, [new WebhookAttemptDto(At, 200, null, 12)]),
        });
    }

    private static WebhookDto Webhook(string id, string? keyId, string url) =>
        new(id, keyId, url, "slack", ["alert.raised"], "olga", At);

    private async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var browser = _site.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, name, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private static FormUrlEncodedContent Form(string token, string handler, params (string Name, string Value)[] fields) =>
        new([new("_handler", handler), new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
