using System.Globalization;

namespace CineRadar.WebComponents.Navigation;

/// <summary>A day as both sites' URLs, date pickers and the Api carry it: <c>2026-01-11</c>.</summary>
public static class UrlDay
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The day written for a URL; null for no day.</summary>
    public static string? Write(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads a day written <c>yyyy-MM-dd</c>; false for anything else, an empty text included.</summary>
    public static bool TryRead(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
