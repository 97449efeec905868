using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests;

/// <summary>Alerts for the Admin: failing cities until they succeed again, and seat samples dropped.</summary>
public sealed class OperationalAlertTests
{
    private static WorkItem Item(string key, WorkItemStatus status, string? reason = null) =>
        new("run", key, key.ToUpperInvariant(), status, null, null, 3, reason, 0, 0, 0, 0, null, null);

    private static ScrapeRun Run(params WorkItem[] cities) =>
        new("run", RunKind.Schedules, RunStatus.Running, new DateOnly(2026, 1, 11), 1, "test", "test", DateTimeOffset.UtcNow, null, null, null, null,
            [.. cities, Item(WorkItem.PublishKey, WorkItemStatus.Pending)]);

    private static Alert? Active(IReadOnlyList<Alert> alerts, string code, string subject) =>
        alerts.SingleOrDefault(a => a.Code == code && a.Subject == subject && a.IsActive);

    [Fact]
    public async Task FailedCityIsAnAlertUntilItsNextSweepSucceeds()
    {
        using var store = new TestStore();
        var alerts = new CityFailureAlerts(store.Get<IAlertStore>());

        await alerts.ReportAsync(Run(Item("medan", WorkItemStatus.Failed, "HTTP 503 from TIX"), Item("bandung", WorkItemStatus.Ok)), CancellationToken.None);
        var raised = await store.Get<IAlertStore>().ListAsync(50);
        await alerts.ReportAsync(Run(Item("medan", WorkItemStatus.Empty)), CancellationToken.None);
        var after = await store.Get<IAlertStore>().ListAsync(50);

        var failing = Active(raised, CityFailureAlerts.CityFailingAlert, "medan");
        Assert.NotNull(failing);
        Assert.Contains("MEDAN", failing.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503 from TIX", failing.Message, StringComparison.Ordinal);
        Assert.Null(Active(raised, CityFailureAlerts.CityFailingAlert, "bandung"));
        Assert.Null(Active(after, CityFailureAlerts.CityFailingAlert, "medan"));
    }

    [Fact]
    public async Task DroppedSamplesRaiseSamplingBehindAndAQuietPeriodResolvesIt()
    {
        using var store = new TestStore();
        var stats = new SamplingStats();
        var behind = new SamplingBehindAlert(store.Get<IAlertStore>(), stats);
        var period = TimeSpan.FromMinutes(5);

        await behind.CheckAsync(period, CancellationToken.None);
        var quiet = await store.Get<IAlertStore>().ListAsync(50);
        stats.AddMissed("window passed");
        stats.AddMissed("window passed");
        await behind.CheckAsync(period, CancellationToken.None);
        var late = await store.Get<IAlertStore>().ListAsync(50);
        await behind.CheckAsync(period, CancellationToken.None);
        var caughtUp = await store.Get<IAlertStore>().ListAsync(50);

        Assert.Empty(quiet);
        var alert = Active(late, SamplingBehindAlert.Code, SamplingBehindAlert.Subject);
        Assert.NotNull(alert);
        Assert.StartsWith("2 seat sample(s) dropped in the last 5 minutes", alert.Message, StringComparison.Ordinal);
        Assert.Null(Active(caughtUp, SamplingBehindAlert.Code, SamplingBehindAlert.Subject));
    }
}
