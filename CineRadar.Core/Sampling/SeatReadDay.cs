namespace CineRadar.Core.Sampling;

/// <summary>
/// A WIB day's logged-in seat-map reads as the store keeps them: the reads counted for the design's and operators'
/// samples and for visitors' pages, and whether sampling was halted because TIX looked like it was blocking the
/// account (when, and what was seen).
/// </summary>
public sealed record SeatReadDay(DateOnly Date, long DesignUsed, long VisitorUsed, DateTimeOffset? HaltedAt, string? HaltReason)
{
    public static SeatReadDay Empty(DateOnly date) => new(date, 0, 0, null, null);

    public long Used => DesignUsed + VisitorUsed;

    public bool IsHalted => HaltedAt is not null;
}
