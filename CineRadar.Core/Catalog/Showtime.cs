namespace CineRadar.Core.Catalog;

/// <summary>
/// A showtime: the listed local time, TIX's status (1 bookable) and the instant it starts, computed from the
/// business date, the time and the theatre's city zone. What re-sweeps through the day saw happen to it is kept on it:
/// <see cref="AddedAt"/> when a re-sweep first saw a show the morning's sweep did not list, <see cref="MovedFrom"/> the
/// start it had before TIX moved it, <see cref="CancelledAt"/> when a re-sweep found it gone before it started. A
/// cancelled show stays in the schedule (its readings stay too) but is neither bookable nor counted.
/// </summary>
public sealed record Showtime(
    string Id,
    string DisplayTime,
    int Status,
    DateTimeOffset StartsAt,
    DateTimeOffset? AddedAt = null,
    DateTimeOffset? MovedFrom = null,
    DateTimeOffset? CancelledAt = null)
{
    public bool IsCancelled => CancelledAt is not null;

    public bool IsBookable => Status == Tix.TixShowtime.BookableStatus && !IsCancelled;
}
