using System.Text.Json.Serialization;

namespace CineRadar.Contracts;

/// <summary>
/// Today's (WIB) logged-in seat-map reads against the daily cap: <see cref="Cap"/> null when there is none;
/// <see cref="VisitorReserve"/> of it kept for visitors' pages, of which <see cref="VisitorUsed"/> is spent; and, when TIX
/// looked like it was blocking the account, when sampling was halted and what was seen.
/// </summary>
public sealed record SeatReadsToday(
    DateOnly Date,
    long Used,
    long? Cap,
    long VisitorReserve,
    long VisitorUsed,
    double VisitorShare,
    DateTimeOffset? HaltedAt,
    string? HaltReason)
{
    [JsonIgnore]
    public bool IsHalted => HaltedAt is not null;

    [JsonIgnore]
    public int UsedPct => Cap is > 0 and var cap ? (int)Math.Min(100, Math.Round(Used * 100.0 / cap)) : 0;
}
