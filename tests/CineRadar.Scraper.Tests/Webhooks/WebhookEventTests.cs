using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Scraper.Tests.Support;
using CineRadar.Scraper.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests.Webhooks;

/// <summary>A key's day events from a real sweep of the sandbox: the published day, then its final estimates once its last show started.</summary>
public sealed class WebhookEventTests
{
    [Fact]
    public async Task PublishedDayAndItsFinalEstimatesAreQueuedOnceForAKeysWebhook()
    {
        await using var harness = await ScraperHarness.StartAsync(onSandboxClock: true);
        var store = harness.Services.GetRequiredService<IWebhookStore>();
        await store.AddSubscriptionAsync(new WebhookSubscription(
            "wh-days", "key-1", "https://hooks.example.com/days", WebhookFormats.Generic,
            [WebhookEvents.DayPublished, WebhookEvents.EstimatesFinal], "protected", "partner", DateTimeOffset.UtcNow));
        await store.AddSubscriptionAsync(new WebhookSubscription(
            "wh-ops", null, "https://hooks.example.com/ops", WebhookFormats.Slack, WebhookEvents.ForOperators, "protected", "ops", DateTimeOffset.UtcNow));

        var run = await harness.SweepAsync(ScraperHarness.Bandung);

        var published = Assert.Single(await store.ListDeliveriesAsync(50), d => d.Event == WebhookEvents.DayPublished);
        Assert.Equal("wh-days", published.SubscriptionId);
        Assert.Contains($"\"date\":\"{run.Date:yyyy-MM-dd}\"", published.Body, StringComparison.Ordinal);
        Assert.Contains($"\"runId\":\"{run.Id}\"", published.Body, StringComparison.Ordinal);

        var lastStart = SampledShowtime.From(await harness.Catalog.GetSchedulesAsync(run.Date)).Max(s => s.StartsAt);
        var clock = harness.Sandbox.Clock;
        var final = harness.Services.GetRequiredService<EstimatesFinal>();
        clock.Set(offset: lastStart - TimeSpan.FromMinutes(30) - DateTimeOffset.UtcNow);
        await final.CheckAsync([run.Date], CancellationToken.None);
        Assert.DoesNotContain(await store.ListDeliveriesAsync(50), d => d.Event == WebhookEvents.EstimatesFinal);

        clock.Set(offset: lastStart + TimeSpan.FromMinutes(1) - DateTimeOffset.UtcNow);
        await final.CheckAsync([run.Date], CancellationToken.None);
        await final.CheckAsync([run.Date], CancellationToken.None);
        var finals = (await store.ListDeliveriesAsync(50)).Where(d => d.Event == WebhookEvents.EstimatesFinal).ToList();
        Assert.Equal("wh-days", Assert.Single(finals).SubscriptionId);
        Assert.Contains($"\"date\":\"{run.Date:yyyy-MM-dd}\"", finals[0].Body, StringComparison.Ordinal);
    }
}
