namespace CineRadar.Core.Sampling;

/// <summary>A WIB day's logged-in seat reads against the cap: what each purpose used, and the halt, if any.</summary>
public sealed record SeatReadUse(DateOnly Date, long DesignUsed, long VisitorUsed, SeatReadCap Cap, DateTimeOffset? HaltedAt, string? HaltReason)
{
    public static SeatReadUse Of(SeatReadDay day, SeatReadCap cap) =>
        new(day.Date, day.DesignUsed, day.VisitorUsed, cap, day.HaltedAt, day.HaltReason);

    public long Used => DesignUsed + VisitorUsed;

    public bool IsHalted => HaltedAt is not null;

    /// <summary>Reads a purpose may still take today: 0 while halted, null when there is no cap.</summary>
    public long? Remaining(SeatReadPurpose purpose) => IsHalted ? 0
        : Cap.RemainingFor(purpose, purpose == SeatReadPurpose.Visitor ? VisitorUsed : DesignUsed);
}
