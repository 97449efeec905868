using System.Globalization;
using CineRadar.Csv;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Admin.Tables;

/// <summary>How a raw cell value reads on a page (numbers grouped, instants in WIB) and in a CSV file (plain, invariant).</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "–",
        int or long => Formats.Count(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double number => number.ToString("#,0.0", CultureInfo.InvariantCulture),
        DateTimeOffset instant => Formats.WibDateTime(instant),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A value as CSV writes it (<see cref="CsvRules.Invariant"/>), instants in WIB; the text it is sorted on.</summary>
    public static string Raw(object? value) => CsvRules.Invariant(InWib(value));

    /// <summary>The value itself, an instant moved to WIB.</summary>
    public static object? InWib(object? value) => value is DateTimeOffset instant ? LocalTimes.InZone(instant, LocalTimes.Wib) : value;
}
