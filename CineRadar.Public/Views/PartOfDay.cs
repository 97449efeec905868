using System.Globalization;

namespace CineRadar.Public.Views;

/// <summary>When in the day a show starts, from its local <c>HH:mm</c>: what colours its chip.</summary>
public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
    Night,
}

public static class PartsOfDay
{
    /// <summary>Before 12:00 morning, before 17:00 afternoon, before 21:00 evening, then night (past midnight too).</summary>
    public static PartOfDay Of(string localTime)
    {
        if (!TimeOnly.TryParseExact(localTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return PartOfDay.Evening;
        }

        return time.Hour switch
        {
            < 5 => PartOfDay.Night,
            < 12 => PartOfDay.Morning,
            < 17 => PartOfDay.Afternoon,
            < 21 => PartOfDay.Evening,
            _ => PartOfDay.Night,
        };
    }

    public static string CssClass(PartOfDay part) => "tod-" + part.ToString().ToLowerInvariant();

    public static string Name(PartOfDay part) => part.ToString().ToLowerInvariant();
}
