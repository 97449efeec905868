using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using DataWebhooks = CineRadar.Data.Webhooks;

namespace CineRadar.Data.Tests.Contract;

/// <summary>Webhook subscriptions and the outbox: stored once, claimed by one worker at a time, attempts logged.</summary>
public abstract partial class StoreContractTests
{
    private IWebhookStore Webhooks => Services.GetRequiredService<IWebhookStore>();

    private WebhookSubscription Subscription(string id, string? keyId = null) => new(
        id, keyId, $"https://hooks.example.com/{id}", WebhookFormats.Generic,
        keyId is null ? WebhookEvents.ForOperators : [WebhookEvents.DayPublished], "protected-" + id, "ops", Clock.GetUtcNow());

    private WebhookDelivery Delivery(string id, string subscriptionId = "wh-1") => new(
        id, subscriptionId, null, WebhookEvents.AlertRaised, """{"event":"alert.raised"}""", WebhookDeliveryStatuses.Pending,
        Clock.GetUtcNow(), Clock.GetUtcNow(), null, []);

    [Fact]
    public async Task WebhookSubscriptionsAreListedNewestFirstAndRemovedOnce()
    {
        await Webhooks.AddSubscriptionAsync(Subscription("wh-1"));
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Webhooks.AddSubscriptionAsync(Subscription("wh-2", "key-1"));

        var listed = await Webhooks.ListSubscriptionsAsync();
        Assert.Equal(["wh-2", "wh-1"], listed.Select(s => s.Id));
        var expected = Subscription("wh-2", "key-1") with { CreatedAt = listed[0].CreatedAt };
        Assert.Equal(
            (expected.KeyId, expected.Url, expected.Format, expected.ProtectedSecret, expected.CreatedBy, Clock.GetUtcNow()),
            (listed[0].KeyId, listed[0].Url, listed[0].Format, listed[0].ProtectedSecret, listed[0].CreatedBy, listed[0].CreatedAt));
        Assert.Equal([WebhookEvents.DayPublished], listed[0].Events);
        Assert.Null(listed[1].KeyId);
        Assert.Equal("protected-wh-1", (await Webhooks.GetSubscriptionAsync("wh-1"))!.ProtectedSecret);

        Assert.True(await Webhooks.DeleteSubscriptionAsync("wh-1"));
        Assert.False(await Webhooks.DeleteSubscriptionAsync("wh-1"));
        Assert.Null(await Webhooks.GetSubscriptionAsync("wh-1"));
        Assert.Single(await Webhooks.ListSubscriptionsAsync());
    }

    [Fact]
    public async Task SameDeliveryIsEnqueuedOnce()
    {
        Assert.Equal(2, await Webhooks.EnqueueAsync([Delivery("d-1"), Delivery("d-2")]));
        Assert.Equal(1, await Webhooks.EnqueueAsync([Delivery("d-1"), Delivery("d-3")]));

        Assert.Equal(3, (await Webhooks.ListDeliveriesAsync(10)).Count);
    }

    [Fact]
    public async Task DueDeliveryIsClaimedByOneWorkerUntilItsClaimRunsOut()
    {
        await Webhooks.EnqueueAsync([Delivery("d-1")]);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Webhooks.ClaimAsync($"worker-{i}", 5, TimeSpan.FromMinutes(1))));
        Assert.Single(claims, c => c.Count == 1);
        Assert.Empty(await Webhooks.ClaimAsync("late", 5, TimeSpan.FromMinutes(1)));

        Clock.Advance(TimeSpan.FromMinutes(1.5));
        var again = await Webhooks.ClaimAsync("other", 5, TimeSpan.FromMinutes(1));
        Assert.Equal("d-1", Assert.Single(again).Id);
        var first = Array.FindIndex(claims, c => c.Count == 1);
        var lost = await Webhooks.RecordAttemptAsync(
            "d-1", $"worker-{first}", new WebhookAttempt(Clock.GetUtcNow(), 200, null, 12), WebhookDeliveryStatuses.Delivered, Clock.GetUtcNow());
        Assert.False(lost);
    }

    [Fact]
    public async Task AttemptsAreLoggedAndFinishTheDelivery()
    {
        await Webhooks.EnqueueAsync([Delivery("d-1")]);
        Assert.Single(await Webhooks.ClaimAsync("w", 5, TimeSpan.FromMinutes(1)));
        var failedAt = Clock.GetUtcNow();
        var retryAt = failedAt + TimeSpan.FromSeconds(30);
        Assert.True(await Webhooks.RecordAttemptAsync("d-1", "w", new WebhookAttempt(failedAt, 500, "HTTP 500", 40), WebhookDeliveryStatuses.Pending, retryAt));
        Assert.False(await Webhooks.RecordAttemptAsync("d-1", "w", new WebhookAttempt(failedAt, 500, "HTTP 500", 40), WebhookDeliveryStatuses.Pending, retryAt));

        Assert.Empty(await Webhooks.ClaimAsync("w", 5, TimeSpan.FromMinutes(1)));
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Single(await Webhooks.ClaimAsync("w", 5, TimeSpan.FromMinutes(1)));
        var doneAt = Clock.GetUtcNow();
        Assert.True(await Webhooks.RecordAttemptAsync("d-1", "w", new WebhookAttempt(doneAt, null, "timed out", 10_000), WebhookDeliveryStatuses.Failed, doneAt));

        var stored = (await Webhooks.GetDeliveryAsync("d-1"))!;
        Assert.Equal(WebhookDeliveryStatuses.Failed, stored.Status);
        Assert.Equal(2, stored.Attempts);
        Assert.Equal(new WebhookAttempt(failedAt, 500, "HTTP 500", 40), stored.Log[0]);
        Assert.Equal(new WebhookAttempt(doneAt, null, "timed out", 10_000), stored.LastAttempt);
        Assert.Equal(doneAt, stored.FinishedAt);
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await Webhooks.ClaimAsync("w", 5, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task DeliveriesAreListedNewestFirst()
    {
        await Webhooks.EnqueueAsync([Delivery("d-1")]);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Webhooks.EnqueueAsync([Delivery("d-2")]);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Webhooks.EnqueueAsync([Delivery("d-3")]);

        Assert.Equal(["d-3", "d-2"], (await Webhooks.ListDeliveriesAsync(2)).Select(d => d.Id));
    }

    [Fact]
    public async Task OutboxMakesOneDeliveryPerWantingSubscriptionInItsFormat()
    {
        await Webhooks.AddSubscriptionAsync(Subscription("ops") with { Format = WebhookFormats.Slack });
        await Webhooks.AddSubscriptionAsync(Subscription("client", "key-1"));
        var outbox = new WebhookOutbox(Webhooks, Clock);
        var alert = new Core.Operations.Alert("tix-login-failed:", "tix-login-failed", "", Core.Operations.AlertSeverity.Critical, "Login failed", Clock.GetUtcNow(), Clock.GetUtcNow(), 1, null);

        Assert.Equal(1, await outbox.PostAsync(WebhookMessage.AlertRaised(alert)));
        Assert.Equal(0, await outbox.PostAsync(WebhookMessage.AlertRaised(alert)));
        Assert.Equal(1, await outbox.PostAsync(WebhookMessage.DayPublished(TestData.Date, "run-1", "success", Clock.GetUtcNow())));

        var deliveries = await Webhooks.ListDeliveriesAsync(10);
        Assert.Equal(2, deliveries.Count);
        var slack = Assert.Single(deliveries, d => d.SubscriptionId == "ops");
        Assert.StartsWith("""{"text":"CineRadar critical: tix-login-failed""", slack.Body, StringComparison.Ordinal);
        Assert.Equal("key-1", Assert.Single(deliveries, d => d.SubscriptionId == "client").KeyId);
    }

    [Fact]
    public async Task SecretsKeyRingIsKeptApartFromTheAdminSitesRing()
    {
        await Webhooks.AddSecretKeyAsync(new Core.Stores.DataProtectionKeyRecord("key-b", "<key id=\"b\" />"));
        await Webhooks.AddSecretKeyAsync(new Core.Stores.DataProtectionKeyRecord("key-a", "<key id=\"a\" />"));
        await Webhooks.AddSecretKeyAsync(new Core.Stores.DataProtectionKeyRecord("key-a", "<key id=\"a\" version=\"2\" />"));

        Assert.Equal(
            [("key-a", "<key id=\"a\" version=\"2\" />"), ("key-b", "<key id=\"b\" />")],
            (await Webhooks.ListSecretKeysAsync()).Select(k => (k.FriendlyName, k.Xml)));
        Assert.Empty(await DataProtectionKeys.ListAsync());
    }

    [Fact]
    public async Task SecretProtectedByOneProcessIsReadByAnother()
    {
        var creator = new DataWebhooks.WebhookSecretProtector(Webhooks);
        var deliverer = new DataWebhooks.WebhookSecretProtector(Webhooks);
        Assert.Equal("probe", deliverer.Unprotect(deliverer.Protect("probe")));

        var secret = WebhookSignature.NewSecret();
        var protectedSecret = creator.Protect(secret);

        Assert.DoesNotContain(secret, protectedSecret, StringComparison.Ordinal);
        Assert.Equal(secret, deliverer.Unprotect(protectedSecret));
        Assert.Empty(await DataProtectionKeys.ListAsync());
    }
}
