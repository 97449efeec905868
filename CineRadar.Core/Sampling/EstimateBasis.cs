namespace CineRadar.Core.Sampling;

/// <summary>
/// What a showtime's estimate rests on, in words (<see cref="ShowtimeEstimate.Basis"/>): the kind of its reading, and
/// whether that reading was taken before TIX locked the house, carried to the start by the day's late-sales growth, or
/// has blocked seats taken out. For example "t40 before house lock + late sales - blocked seats".
/// </summary>
public static class EstimateBasis
{
    private const string BeforeHouseLock = " before house lock";
    private const string LateSales = " + late sales";
    private const string BlockedSeats = " - blocked seats";

    public static string Describe(string kind, bool beforeHouseLock, bool lateSales, bool blockedSeats) =>
        kind + (beforeHouseLock ? BeforeHouseLock : "") + (lateSales ? LateSales : "") + (blockedSeats ? BlockedSeats : "");

    /// <summary>The reading's kind whose late-sales growth carried the estimate to the start; null when none did.</summary>
    public static string? ScaledBy(string basis) =>
        basis.Contains(LateSales, StringComparison.Ordinal) ? basis[..basis.IndexOf(' ', StringComparison.Ordinal)] : null;
}
