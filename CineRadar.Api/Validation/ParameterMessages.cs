using System.Globalization;

namespace CineRadar.Api.Validation;

/// <summary>What the Api says about a value it refuses, the same for a route or query parameter and a body field.</summary>
internal static class ParameterMessages
{
    public static string NotADate(string value) => $"'{Shorten(value)}' is not a date written yyyy-MM-dd.";

    public static string DateOutOfRange(string value, DateOnly last) =>
        FormattableString.Invariant($"A date from {WibDates.First:yyyy-MM-dd} to {last:yyyy-MM-dd} ({WibDates.MaxDaysAhead} days after today, WIB); '{Shorten(value)}' is not.");

    public static string NotAnId(string value) => $"An id is 1 to {ResourceId.MaxLength} letters, digits, '_' or '-'; '{Shorten(value)}' is not.";

    public static string NotAWholeNumber(string value, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"'{Shorten(value)}' is not a whole number from {min} to {max}.");

    public static string NotOneOf(IEnumerable<string> words, string value) => $"Expected one of {string.Join(", ", words)}; got '{Shorten(value)}'.";

    public static string NotText(int maxLength) => $"At most {maxLength} characters without control characters.";

    public static string TextRequired(int maxLength) => $"1 to {maxLength} characters without control characters are required.";

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
