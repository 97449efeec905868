using System.Diagnostics.Metrics;
using CineRadar.Core.Sampling;
using CineRadar.Scraper.Telemetry;

namespace CineRadar.Scraper.Seats;

/// <summary>Seat-sampling metrics on the scraper's meter: samples taken and missed, house locks, deadline slack, samples due.</summary>
public sealed class SeatTelemetry
{
    private readonly Counter<long> _samples;
    private readonly Counter<long> _houseLocks;
    private readonly Histogram<double> _slack;
    private Func<int> _due = () => 0;

    public SeatTelemetry(ScraperTelemetry telemetry)
    {
        var meter = telemetry.Meter;
        _samples = meter.CreateCounter<long>("cineradar.seats.samples", description: "Seat samples by outcome (taken, missed, skipped spare) and kind or reason.");
        _houseLocks = meter.CreateCounter<long>("cineradar.seats.house_locks", description: "Seat maps read as house locks.");
        _slack = meter.CreateHistogram<double>("cineradar.seats.deadline_slack", unit: "s", description: "Time left before a sample's deadline when it was taken.");
        meter.CreateObservableGauge("cineradar.seats.due", () => _due(), description: "Samples whose window is open, waiting for the budget.");
    }

    public void ObserveDue(Func<int> due) => _due = due;

    public void RecordTaken(PlannedSample sample, DateTimeOffset at)
    {
        _samples.Add(1, new("outcome", "taken"), new("kind", sample.Kind.Name));
        _slack.Record((sample.Deadline - at).TotalSeconds, new KeyValuePair<string, object?>("kind", sample.Kind.Name));
    }

    public void RecordMissed(string reason) => _samples.Add(1, new("outcome", "missed"), new("reason", reason.Split(':')[0]));

    public void RecordSkipped(PlannedSample sample) => _samples.Add(1, new("outcome", "skipped"), new("kind", sample.Kind.Name));

    public void RecordHouseLock() => _houseLocks.Add(1);
}
