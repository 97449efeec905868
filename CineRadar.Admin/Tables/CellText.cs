using System.Globalization;
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

    public static string Raw(object? value) => value switch
    {
        null => "",
        DateTimeOffset instant => LocalTimes.InZone(instant, LocalTimes.Wib).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
