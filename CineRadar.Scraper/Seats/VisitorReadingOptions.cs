namespace CineRadar.Scraper.Seats;

/// <summary>Readings asked for by Public visitors (through the Api), bound from <c>VisitorReadings</c>.</summary>
public sealed class VisitorReadingOptions
{
    public const string SectionName = "VisitorReadings";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker holding the lease looks for pending requests.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The data version moves at most this often for visitor readings: each move retires every cached answer of the
    /// Api, so readings taken close together are announced together.
    /// </summary>
    public TimeSpan AnnounceInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests taken per look; the rest wait for the next.</summary>
    public int BatchSize { get; set; } = 20;
}
