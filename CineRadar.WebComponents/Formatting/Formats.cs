using System.Globalization;

namespace CineRadar.WebComponents.Formatting;

/// <summary>How both sites write money, shares and times: one place, the same everywhere.</summary>
public static class Formats
{
    /// <summary>Rupiah as TIX writes them: "Rp35.000".</summary>
    public static string Rupiah(long rupiah) => "Rp" + rupiah.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>Large rupiah amounts in short: "Rp18.4B", "Rp840M", "Rp35K".</summary>
    public static string RupiahShort(long rupiah) => rupiah switch
    {
        >= 1_000_000_000 => $"Rp{(rupiah / 1e9).ToString("0.#", CultureInfo.InvariantCulture)}B",
        >= 1_000_000 => $"Rp{(rupiah / 1e6).ToString("0.#", CultureInfo.InvariantCulture)}M",
        >= 1_000 => $"Rp{(rupiah / 1e3).ToString("0.#", CultureInfo.InvariantCulture)}K",
        _ => Rupiah(rupiah),
    };

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A count estimated within a 90 % interval: "12,400 (11,900–12,900)"; the count alone when the interval is a single
    /// value (an exact figure, or an Api that does not send one).
    /// </summary>
    public static string Count(long value, long low, long high) => Within(Count(value), low, high, Count);

    /// <summary>Rupiah estimated within a 90 % interval: "Rp840.000.000 (Rp800.000.000–Rp880.000.000)".</summary>
    public static string Rupiah(long rupiah, long low, long high) => Within(Rupiah(rupiah), low, high, Rupiah);

    /// <summary>Large rupiah estimated within a 90 % interval, in short: "Rp840M (Rp800M–Rp880M)".</summary>
    public static string RupiahShort(long rupiah, long low, long high) => Within(RupiahShort(rupiah), low, high, RupiahShort);

    /// <summary>A 90 % interval alone, "11,900–12,900"; null when it is a single value.</summary>
    public static string? Interval(long low, long high, Func<long, string> format) => low < high ? $"{format(low)}–{format(high)}" : null;

    private static string Within(string value, long low, long high, Func<long, string> format) =>
        Interval(low, high, format) is { } interval ? $"{value} ({interval})" : value;

    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A signed change: "+8.0%", "−2.5%", or a dash when there is nothing to compare with.</summary>
    public static string Change(double? value) => value switch
    {
        null => "–",
        > 0 => "+" + value.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%",
        < 0 => "−" + Math.Abs(value.Value).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        _ => "0.0%",
    };

    /// <summary>An instant in WIB: "19:05 WIB".</summary>
    public static string WibTime(DateTimeOffset instant) => LocalTimes.Time(instant, LocalTimes.Wib);

    /// <summary>An instant in WIB with its date: "11 Jan 2026 19:05 WIB".</summary>
    public static string WibDateTime(DateTimeOffset instant) =>
        LocalTimes.InZone(instant, LocalTimes.Wib).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " " + LocalTimes.Wib;

    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
