using System.Net;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>B2B keys' own webhooks, the per-key limit, URL refusals, and the operators' webhooks with a test message.</summary>
[Collection(ApiSuite.Name)]
public sealed class WebhookTests(ApiFixture fixture)
{
    private const string Route = "/api/v1/webhooks";

    [Fact]
    public async Task KeySeesAndRemovesOnlyItsOwnWebhooks()
    {
        using var first = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("hooks partner a", 1000));
        using var second = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("hooks partner b", 1000));

        var created = await CreatedAsync(await first.PostJsonAsync(Route, new { url = "https://hooks.example.com/a", events = new[] { "day.published", "estimates.final" } }));
        var id = created.GetProperty("id").GetString()!;
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal("generic", created.GetProperty("format").GetString());

        var own = await first.GetOkAsync(Route);
        Assert.Equal(id, Assert.Single(own.EnumerateArray()).GetProperty("id").GetString());
        Assert.DoesNotContain("secret", own.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await second.GetOkAsync(Route)).EnumerateArray());
        await HttpAssert.ProblemAsync(await second.DeleteAsync(new Uri($"{Route}/{id}", UriKind.Relative)), HttpStatusCode.NotFound);

        var stored = await fixture.Api.Services.GetRequiredService<IWebhookStore>().GetSubscriptionAsync(id);
        Assert.NotEqual(secret, stored!.ProtectedSecret);
        Assert.DoesNotContain(secret, stored.ProtectedSecret, StringComparison.Ordinal);
        Assert.Equal(secret, fixture.Api.Services.GetRequiredService<WebhookSecretProtector>().Unprotect(stored.ProtectedSecret));

        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync(new Uri($"{Route}/{id}", UriKind.Relative))).StatusCode);
        Assert.Empty((await first.GetOkAsync(Route)).EnumerateArray());
    }

    [Fact]
    public async Task KeyHasAtMostTheConfiguredNumberOfWebhooks()
    {
        using var partner = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("hooks partner full", 1000));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await partner.PostJsonAsync(Route, new { url = $"https://hooks.example.com/{i}", events = new[] { "day.published" } })).StatusCode);
        }

        var refused = await HttpAssert.ProblemAsync(
            await partner.PostJsonAsync(Route, new { url = "https://hooks.example.com/6", events = new[] { "day.published" } }), HttpStatusCode.Conflict);
        Assert.Contains("at most 5", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://hooks.example.com/a", "must use https")]
    [InlineData("https://10.0.0.8/hook", "private")]
    [InlineData("https://[::ffff:169.254.169.254]/latest", "link-local")]
    [InlineData("https://127.0.0.1/hook", "loopback")]
    [InlineData("not a url", "absolute https URL")]
    [InlineData("", "needs a URL")]
    public async Task BadUrlIs400WithAClearMessage(string url, string words)
    {
        using var partner = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("hooks partner bad url", 1000));

        var response = await partner.PostJsonAsync(Route, new { url, events = new[] { "day.published" } });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(words, problem.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyMayNotSubscribeToAlertsAndServiceKeysHaveNoWebhooks()
    {
        using var partner = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("hooks partner alerts", 1000));
        using var publicSite = fixture.Api.PublicSite();

        await HttpAssert.NamesParameterAsync(await partner.PostJsonAsync(Route, new { url = "https://hooks.example.com/a", events = new[] { "alert.raised" } }), "events");
        await HttpAssert.ProblemAsync(await publicSite.GetAsync(new Uri(Route, UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OperatorAddsAnAlertWebhookAndQueuesATestMessage()
    {
        using var operators = fixture.Api.Operator();
        using var analyst = fixture.Api.Analyst();

        var created = await CreatedAsync(await operators.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "https://hooks.example.com/ops", events = new[] { "alert.raised", "alert.resolved" }, format = "slack" }));
        var id = created.GetProperty("id").GetString()!;
        await HttpAssert.ProblemAsync(await analyst.PostJsonAsync("/api/v1/admin/webhooks", new { url = "https://hooks.example.com/x", events = new[] { "alert.raised" }, format = "slack" }), HttpStatusCode.Forbidden);
        await HttpAssert.NamesParameterAsync(await operators.PostJsonAsync("/api/v1/admin/webhooks", new { url = "https://hooks.example.com/x", events = new[] { "alert.raised" }, format = "fax" }), "format");

        var queued = await operators.PostAsync(new Uri($"/api/v1/admin/webhooks/{id}/test", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var delivery = JsonDocument.Parse(await queued.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("test", delivery.GetProperty("event").GetString());

        var deliveries = await analyst.GetOkAsync("/api/v1/admin/webhooks/deliveries?limit=10");
        var listed = deliveries.EnumerateArray().First(d => d.GetProperty("id").GetString() == delivery.GetProperty("id").GetString());
        Assert.Equal(("pending", 0), (listed.GetProperty("status").GetString(), listed.GetProperty("attempts").GetInt32()));
        var stored = await fixture.Api.Services.GetRequiredService<IWebhookStore>().GetDeliveryAsync(delivery.GetProperty("id").GetString()!);
        Assert.StartsWith("""{"text":"CineRadar info: webhook-test""", stored!.Body, StringComparison.Ordinal);
        Assert.Contains(id, (await analyst.GetOkAsync("/api/v1/admin/webhooks")).GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await operators.DeleteAsync(new Uri($"/api/v1/admin/webhooks/{id}", UriKind.Relative))).StatusCode);
        await HttpAssert.ProblemAsync(await operators.PostAsync(new Uri($"/api/v1/admin/webhooks/{id}/test", UriKind.Relative), null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RaisedAlertIsQueuedForTheOperatorsWebhooks()
    {
        using var operators = fixture.Api.Operator();
        var created = await CreatedAsync(await operators.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "https://hooks.example.com/alerts", events = new[] { "alert.raised" }, format = "generic" }));
        var id = created.GetProperty("id").GetString()!;
        var alerts = fixture.Api.Services.GetRequiredService<IAlertStore>();

        var alert = await alerts.RaiseAsync("webhook-test-alert", "s1", Core.Operations.AlertSeverity.Warning, "Something broke");
        await alerts.RaiseAsync("webhook-test-alert", "s1", Core.Operations.AlertSeverity.Warning, "Something broke again");

        var store = fixture.Api.Services.GetRequiredService<IWebhookStore>();
        var delivery = await store.GetDeliveryAsync(WebhookOutbox.DeliveryId(id, WebhookMessage.AlertRaised(alert).Key));
        Assert.NotNull(delivery);
        Assert.Contains("\"code\":\"webhook-test-alert\"", delivery.Body, StringComparison.Ordinal);
        Assert.Single(await store.ListDeliveriesAsync(200), d => d.SubscriptionId == id);
        await operators.DeleteAsync(new Uri($"/api/v1/admin/webhooks/{id}", UriKind.Relative));
    }

    [Fact]
    public async Task ResolvedAlertGoesOnlyToWebhooksThatAskedForIt()
    {
        using var operators = fixture.Api.Operator();
        var raisedOnly = (await CreatedAsync(await operators.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "https://hooks.example.com/raised", events = new[] { "alert.raised" }, format = "teams" }))).GetProperty("id").GetString()!;
        var both = (await CreatedAsync(await operators.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "https://hooks.example.com/both", events = new[] { "alert.raised", "alert.resolved" }, format = "generic" }))).GetProperty("id").GetString()!;
        var alerts = fixture.Api.Services.GetRequiredService<IAlertStore>();
        var store = fixture.Api.Services.GetRequiredService<IWebhookStore>();

        await alerts.RaiseAsync("webhook-resolve-alert", "s2", Core.Operations.AlertSeverity.Critical, "Down");
        Assert.True(await alerts.ResolveAsync("webhook-resolve-alert", "s2"));
        Assert.False(await alerts.ResolveAsync("webhook-resolve-alert", "s2"));

        var deliveries = (await store.ListDeliveriesAsync(200)).Where(d => d.SubscriptionId == raisedOnly || d.SubscriptionId == both).ToList();
        Assert.Equal([WebhookEvents.AlertRaised], deliveries.Where(d => d.SubscriptionId == raisedOnly).Select(d => d.Event));
        Assert.Equal([WebhookEvents.AlertRaised, WebhookEvents.AlertResolved], deliveries.Where(d => d.SubscriptionId == both).Select(d => d.Event).Order());
        Assert.Contains("\"@type\":\"MessageCard\"", deliveries.Single(d => d.SubscriptionId == raisedOnly).Body, StringComparison.Ordinal);
        await operators.DeleteAsync(new Uri($"/api/v1/admin/webhooks/{raisedOnly}", UriKind.Relative));
        await operators.DeleteAsync(new Uri($"/api/v1/admin/webhooks/{both}", UriKind.Relative));
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
