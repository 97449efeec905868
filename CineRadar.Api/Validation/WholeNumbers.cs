using System.Globalization;

namespace CineRadar.Api.Validation;

/// <summary>Whole numbers as the Api reads them: decimal digits only, no sign, space or separator.</summary>
internal static class WholeNumbers
{
    public static bool TryRead(string? text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <summary>Reads <paramref name="text"/>; the message when it is not a whole number from min to max, null when it is.</summary>
    public static string? Read(string text, int min, int max, out int number) =>
        TryRead(text, out number) && number >= min && number <= max ? null : ParameterMessages.NotAWholeNumber(text, min, max);
}
