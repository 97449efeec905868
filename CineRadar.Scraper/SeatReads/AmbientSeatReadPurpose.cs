using CineRadar.Core.Sampling;

namespace CineRadar.Scraper.SeatReads;

/// <summary>
/// The purpose the seat reads of the current async flow spend (a sample sets it from its kind before asking TIX);
/// <see cref="SeatReadPurpose.Design"/> when nothing set one.
/// </summary>
public static class AmbientSeatReadPurpose
{
    private static readonly AsyncLocal<SeatReadPurpose?> Ambient = new();

    public static SeatReadPurpose Current => Ambient.Value ?? SeatReadPurpose.Design;

    public static void Set(SeatReadPurpose purpose) => Ambient.Value = purpose;
}
