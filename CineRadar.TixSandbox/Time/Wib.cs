using CineRadar.Core.Reference;

namespace CineRadar.TixSandbox.Time;

/// <summary>Indonesian local times: the national business day is the WIB (UTC+7) date.</summary>
internal static class Wib
{
    public static readonly TimeSpan Offset = IndonesianTimeZone.Wib.UtcOffset();

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a local wall-clock time of <paramref name="date"/> happens in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly localTime, IndonesianTimeZone zone) =>
        new(date.ToDateTime(localTime), zone.UtcOffset());

    public static DateTimeOffset Midnight(DateOnly date) => Instant(date, TimeOnly.MinValue, IndonesianTimeZone.Wib);
}
