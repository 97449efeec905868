namespace CineRadar.Core.Sampling;

/// <summary>
/// A seat sample wanted for every showtime: taken while its window is open, between <see cref="Opens"/> and
/// <see cref="Closes"/> before the start (both are offsets before the start, <see cref="Opens"/> the larger).
/// </summary>
public sealed record SampleKind(string Name, TimeSpan Opens, TimeSpan Closes)
{
    public DateTimeOffset OpensAt(DateTimeOffset startsAt) => startsAt - Opens;

    /// <summary>The last moment the sample is still worth taking; after it the sample is missed.</summary>
    public DateTimeOffset Deadline(DateTimeOffset startsAt) => startsAt - Closes;
}

public static class SampleKinds
{
    public const string Final = "final";

    /// <summary>A reading just before the start, for a share of showtimes: it measures how many tickets sell in the last minutes.</summary>
    public const string Close = "close";

    /// <summary>A reading an operator asked for ("sample these cities now").</summary>
    public const string Adhoc = "adhoc";

    /// <summary>
    /// A reading taken because a Public visitor opened a showtime page: shown, but never one of the design's samples,
    /// since which shows visitors open follows demand.
    /// </summary>
    public const string Visitor = "visitor";

    /// <summary>
    /// T-180, T-60, T-40 (before TIX locks houses, from about T-35) and a final one in T-15..T-5. Each window is wide
    /// enough for the scheduler to meet a peak of shows starting together.
    /// </summary>
    public static readonly IReadOnlyList<SampleKind> Default =
    [
        new("t180", TimeSpan.FromMinutes(200), TimeSpan.FromMinutes(150)),
        new("t60", TimeSpan.FromMinutes(75), TimeSpan.FromMinutes(50)),
        new("t40", TimeSpan.FromMinutes(46), TimeSpan.FromMinutes(40)),
        new(Final, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5)),
    ];

    public static readonly SampleKind CloseKind = new(Close, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(1));
}
