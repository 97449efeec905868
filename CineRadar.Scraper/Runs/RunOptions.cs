namespace CineRadar.Scraper.Runs;

/// <summary>How workers hold queued work, bound from <c>Runs</c>.</summary>
public sealed class RunOptions
{
    public const string SectionName = "Runs";

    /// <summary>
    /// How long a claim lasts without renewal. A worker renews it every third of this while it works; when a worker dies,
    /// its item can be claimed again after this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many times a city of a sweep is tried within its run before it is reported failed: a failure that outlasts
    /// the request retries (a streak of server errors, damaged bodies) is often gone a minute later.
    /// </summary>
    public int CityAttempts { get; set; } = 3;

    /// <summary>The wait before a failed city is tried again; it doubles with each further attempt.</summary>
    public TimeSpan CityRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the <paramref name="attempt"/>th attempt's successor: the delay doubled per earlier retry.</summary>
    public TimeSpan RetryDelayAfter(int attempt) => CityRetryDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10));
}
