using System.Globalization;

namespace CineRadar.Api.Validation;

/// <summary>
/// The WIB business dates the Api answers for: written <c>yyyy-MM-dd</c>, from <see cref="First"/> to
/// <see cref="MaxDaysAhead"/> days after today (WIB). The range also keeps the reads' day arithmetic (the day before, a
/// 30-day history) far from the ends of the calendar.
/// </summary>
internal static class WibDates
{
    /// <summary>The first date: CineRadar holds nothing older.</summary>
    public static readonly DateOnly First = new(2020, 1, 1);

    /// <summary>How many days after today (WIB) a date may be: well past the last day TIX sells tickets for.</summary>
    public const int MaxDaysAhead = 60;

    /// <summary>Reads <paramref name="text"/>; the message when it is not a date in the range, null when it is.</summary>
    public static string? Read(string text, DateOnly today, out DateOnly date)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return ParameterMessages.NotADate(text);
        }

        var last = today.AddDays(MaxDaysAhead);
        return date >= First && date <= last ? null : ParameterMessages.DateOutOfRange(text, last);
    }
}
