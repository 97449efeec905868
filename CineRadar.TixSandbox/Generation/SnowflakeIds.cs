using System.Globalization;

namespace CineRadar.TixSandbox.Generation;

/// <summary>
/// 19-digit snowflake ids: milliseconds since 2010-01-01 shifted left by 22 bits, and 22 low bits of sequence and noise.
/// Instants from mid-2017 to 2079 give 19 digits.
/// The sandbox decodes its own showtime ids to find their day; clients must treat every id as an opaque string.
/// </summary>
internal static class SnowflakeIds
{
    private static readonly DateTimeOffset Epoch = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int LowBits = 22;

    public static string Create(DateTimeOffset instant, ulong low)
    {
        var milliseconds = (long)(instant - Epoch).TotalMilliseconds;
        var value = (milliseconds << LowBits) | (long)(low & ((1UL << LowBits) - 1));
        return value.ToString(CultureInfo.InvariantCulture);
    }

    public static bool TryReadInstant(string id, out DateTimeOffset instant)
    {
        instant = default;
        if (id.Length != 19 || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        instant = Epoch.AddMilliseconds(value >> LowBits);
        return true;
    }
}
