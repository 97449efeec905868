namespace CineRadar.Core.Sampling;

/// <summary>
/// A fresh seat reading of a showtime, asked for because a Public visitor opened its page: one per showtime, made anew
/// only once the last one is older than the interval, so however many visitors ask the showtime is read at most once
/// per interval. <see cref="Status"/> is one of <see cref="ReadingRequestStatuses"/>.
/// </summary>
public sealed record ReadingRequest(
    string ShowtimeId,
    DateOnly Date,
    DateTimeOffset RequestedAt,
    string Status,
    DateTimeOffset? FinishedAt = null,
    string? Note = null);

public static class ReadingRequestStatuses
{
    public const string Pending = "pending";

    /// <summary>The reading was taken and stored as the showtime's <see cref="SampleKinds.Visitor"/> sample.</summary>
    public const string Done = "done";

    /// <summary>The reading could not be taken (the show started, TIX refused or failed); the note says why.</summary>
    public const string Failed = "failed";
}
