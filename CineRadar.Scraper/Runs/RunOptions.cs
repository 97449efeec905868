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
}
