namespace CineRadar.Contracts;

/// <summary>
/// What opening a showtime's page on the Public site did: whether a fresh seat reading was asked for, why (one of
/// <see cref="VisitorReadingReasons"/>) and when the showtime was last read (null: never).
/// </summary>
public sealed record VisitorReadingAnswer(bool Asked, string Reason, DateTimeOffset? LastReadAt);

public static class VisitorReadingReasons
{
    /// <summary>A reading was asked for; it is usually taken within a minute.</summary>
    public const string Asked = "asked";

    /// <summary>Another visitor asked for one less than the interval ago.</summary>
    public const string AlreadyAsked = "already-asked";

    /// <summary>The last reading is younger than the interval.</summary>
    public const string Fresh = "fresh";

    /// <summary>The show starts later than the horizon: the day's sampling reads it.</summary>
    public const string NotSoon = "not-soon";

    /// <summary>The show has started (or was cancelled): there is nothing left to read.</summary>
    public const string Over = "over";
}

/// <summary>The kinds of reading a site tells apart (<see cref="SeatMap.Kind"/>, <see cref="CurvePoint.Kind"/>).</summary>
public static class ReadingKinds
{
    /// <summary>A reading taken because a visitor opened the showtime's page; never one of the estimate's samples.</summary>
    public const string Visitor = "visitor";
}
