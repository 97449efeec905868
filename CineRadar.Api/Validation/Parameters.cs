using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Validation;

/// <summary>
/// Reads route and query values the Api's way, collecting one message per parameter that is wrong, so that a bad value
/// becomes a 400 naming the parameter instead of a binding failure or a 500.
/// </summary>
internal sealed class Parameters
{
    public const int MaxIdLength = 40;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors, title: "One or more parameters are not valid.");

    /// <summary>The first WIB business date the Api answers for: CineRadar holds nothing older.</summary>
    public static readonly DateOnly FirstDate = new(2020, 1, 1);

    /// <summary>How many days after today (WIB) a date may be: well past the last day TIX sells tickets for.</summary>
    public const int MaxDaysAhead = 60;

    /// <summary>
    /// A WIB business date written <c>yyyy-MM-dd</c>, from <see cref="FirstDate"/> to <see cref="MaxDaysAhead"/> days after
    /// <paramref name="today"/>; <paramref name="today"/> when absent. The range also keeps the reads' day arithmetic (the
    /// day before, a 30-day history) far from the ends of the calendar.
    /// </summary>
    public DateOnly Date(string name, string? value, DateOnly today)
    {
        if (value is null)
        {
            return today;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Fail(name, $"'{Shorten(value)}' is not a date written yyyy-MM-dd.", today);
        }

        var last = today.AddDays(MaxDaysAhead);
        return date >= FirstDate && date <= last
            ? date
            : Fail(name, FormattableString.Invariant($"A date from {FirstDate:yyyy-MM-dd} to {last:yyyy-MM-dd} ({MaxDaysAhead} days after today, WIB); '{value}' is not."), today);
    }

    /// <summary>An id: 1 to 40 characters of letters, digits, '_' and '-'.</summary>
    public string Id(string name, string? value)
    {
        if (IsId(value))
        {
            return value!;
        }

        return Fail(name, $"An id is 1 to {MaxIdLength} letters, digits, '_' or '-'; '{Shorten(value ?? "")}' is not.", "");
    }

    public string? OptionalId(string name, string? value) => value is null ? null : Id(name, value);

    /// <summary>A whole number within a range; <paramref name="fallback"/> when absent.</summary>
    public int Number(string name, string? value, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        return Fail(name, $"'{Shorten(value)}' is not a whole number from {min} to {max}.", fallback);
    }

    /// <summary>One of a fixed set of words (case-insensitive); <paramref name="fallback"/> when absent and not required.</summary>
    public T Choice<T>(string name, string? value, IReadOnlyDictionary<string, T> choices, T fallback, bool required = false)
    {
        if (value is null && !required)
        {
            return fallback;
        }

        if (value is not null && choices.TryGetValue(value, out var choice))
        {
            return choice;
        }

        return Fail(name, $"Expected one of {string.Join(", ", choices.Keys)}; got '{Shorten(value ?? "")}'.", fallback);
    }

    /// <summary>Free text of at most <paramref name="maxLength"/> characters; null when absent or blank.</summary>
    public string? Text(string name, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength && !trimmed.Any(char.IsControl)
            ? trimmed
            : Fail<string?>(name, $"At most {maxLength} characters without control characters.", null);
    }

    /// <summary>Records a problem found outside the readers above (a body field, a header).</summary>
    public T Fail<T>(string name, string message, T fallback)
    {
        _errors[name] = [message];
        return fallback;
    }

    public static bool IsId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
