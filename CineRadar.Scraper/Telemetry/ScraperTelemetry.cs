using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CineRadar.Scraper.Telemetry;

/// <summary>The scraper's metrics and traces, shown in the Aspire dashboard (meter and source "CineRadar.Scraper").</summary>
public sealed class ScraperTelemetry : IDisposable
{
    public const string Name = "CineRadar.Scraper";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter;

    public ScraperTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        Requests = _meter.CreateCounter<long>("cineradar.tix.requests", description: "Requests sent to TIX, by endpoint and status code.");
        Retries = _meter.CreateCounter<long>("cineradar.tix.retries", description: "Requests to TIX sent again after a failure.");
        Throttled = _meter.CreateCounter<long>("cineradar.tix.throttled", description: "Answers 429 (too many requests) from TIX.");
        TokenRefreshes = _meter.CreateCounter<long>("cineradar.tix.token_refreshes", description: "Access-token refreshes, by outcome.");
        Logins = _meter.CreateCounter<long>("cineradar.tix.logins", description: "Browser logins to TIX, by outcome.");
        Cities = _meter.CreateCounter<long>("cineradar.sweep.cities", description: "Cities swept, by outcome (ok, empty, failed).");
    }

    public Counter<long> Requests { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Throttled { get; }

    public Counter<long> TokenRefreshes { get; }

    public Counter<long> Logins { get; }

    public Counter<long> Cities { get; }

    /// <summary>Creates another instrument on the scraper's meter.</summary>
    public Meter Meter => _meter;

    public void Dispose() => _meter.Dispose();
}
