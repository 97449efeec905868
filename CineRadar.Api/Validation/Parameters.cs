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

    /// <summary>A WIB business date written <c>yyyy-MM-dd</c>; <paramref name="fallback"/> when absent.</summary>
    public DateOnly Date(string name, string? value, DateOnly fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return Fail(name, $"'{Shorten(value)}' is not a date written yyyy-MM-dd.", fallback);
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
