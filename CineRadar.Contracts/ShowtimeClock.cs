using System.Globalization;

namespace CineRadar.Contracts;

/// <summary>Local clock times of a showtime, from its listed local time and its instants (no time zone needed).</summary>
public static class ShowtimeClock
{
    /// <summary>
    /// The local time a show started at <paramref name="earlier"/> had, given that it now starts at
    /// <paramref name="startsAt"/>, listed as <paramref name="time"/> (HH:mm): the shift between the two instants is the
    /// shift of the local clock. Null when there is no earlier start or the listed time is not HH:mm.
    /// </summary>
    public static string? EarlierTime(string time, DateTimeOffset startsAt, DateTimeOffset? earlier) =>
        earlier is { } before && TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? local.Add(before - startsAt).ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;
}
