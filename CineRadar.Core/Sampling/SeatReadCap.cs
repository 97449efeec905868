namespace CineRadar.Core.Sampling;

/// <summary>
/// One cap on a WIB day's logged-in seat-map reads (<c>Sampling:DailyRequestCap</c>; 0 or less: none), of which
/// <c>Sampling:VisitorShare</c> is kept for visitors' pages; every other read spends the rest.
/// </summary>
public sealed record SeatReadCap(int DailyCap, double VisitorShare)
{
    public const int DefaultDailyCap = 12_600;
    public const double DefaultVisitorShare = 0.03;

    public bool IsCapped => DailyCap > 0;

    /// <summary>The reads kept for visitors (0 when there is no cap).</summary>
    public long VisitorReserve => IsCapped ? (long)Math.Round(DailyCap * Math.Clamp(VisitorShare, 0, 1), MidpointRounding.AwayFromZero) : 0;

    /// <summary>The reads a purpose may spend in a day; null when there is no cap.</summary>
    public long? LimitFor(SeatReadPurpose purpose) => !IsCapped ? null
        : purpose == SeatReadPurpose.Visitor ? VisitorReserve
        : DailyCap - VisitorReserve;

    public long? RemainingFor(SeatReadPurpose purpose, long used) => LimitFor(purpose) is { } limit ? Math.Max(0, limit - used) : null;
}
