using CineRadar.Core.Sampling;

namespace CineRadar.Scraper.Seats;

/// <summary>How one planned sample ended.</summary>
public enum SampleOutcome
{
    Taken,

    /// <summary>
    /// TIX says the show has started (<c>EXPIRED_EVENT_DETAIL</c> or "event expired", in its error code or message):
    /// there is nothing left to sample.
    /// </summary>
    Started,

    /// <summary>
    /// TIX answered 401 although the access token had its one refresh: the sample is dropped with the reason, never
    /// asked again (each try would cost a request, and a refresh would not help).
    /// </summary>
    Refused,

    /// <summary>
    /// TIX does not know the showtime (404): it was cancelled or withdrawn since it was planned. Its samples leave the plan
    /// at once, so a gone show costs the account one read, not one every retry until its windows close.
    /// </summary>
    Gone,

    /// <summary>
    /// The read was not sent: the day's cap for the sample's purpose is spent ("daily cap reached") or sampling is halted
    /// after a suspected block. No error, and never tried again: the sample is missed (a spare one skipped) with the reason.
    /// </summary>
    NotSent,

    /// <summary>The request failed after its retries; the sample may be tried again while its window is open.</summary>
    Failed,
}

/// <summary>Takes one seat sample: fetches the map, stores the reading.</summary>
public interface ISeatSampleTaker
{
    Task<(SampleOutcome Outcome, string? Reason)> TakeAsync(PlannedSample sample, CancellationToken cancellationToken);
}
