using CineRadar.Core.Sampling;

namespace CineRadar.Scraper.Seats;

/// <summary>How one planned sample ended.</summary>
public enum SampleOutcome
{
    Taken,

    /// <summary>TIX says the show has started (<c>EXPIRED_EVENT_DETAIL</c>): there is nothing left to sample.</summary>
    Started,

    /// <summary>The request failed after its retries; the sample may be tried again while its window is open.</summary>
    Failed,
}

/// <summary>Takes one seat sample: fetches the map, stores the reading.</summary>
public interface ISeatSampleTaker
{
    Task<(SampleOutcome Outcome, string? Reason)> TakeAsync(PlannedSample sample, CancellationToken cancellationToken);
}
