using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Validation;

/// <summary>
/// Collects one message per value that is wrong and answers them as 400 ValidationProblemDetails naming each. Route and
/// query parameters are checked by <see cref="ParameterValidation"/>; handlers read request bodies and the Admin's headers
/// with the readers here.
/// </summary>
internal sealed class Parameters
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors, title: "One or more parameters are not valid.");

    /// <summary>A WIB business date (<see cref="WibDates"/>); <paramref name="today"/> when absent.</summary>
    public DateOnly Date(string name, string? value, DateOnly today)
    {
        if (value is null)
        {
            return today;
        }

        return WibDates.Read(value, today, out var date) is { } message ? Fail(name, message, today) : date;
    }

    /// <summary>A whole number within a range; <paramref name="fallback"/> when absent.</summary>
    public int Number(string name, string? value, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        return WholeNumbers.Read(value, min, max, out var number) is { } message ? Fail(name, message, fallback) : number;
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

        return Fail(name, ParameterMessages.NotOneOf(choices.Keys, value ?? ""), fallback);
    }

    /// <summary>Free text of at most <paramref name="maxLength"/> characters; null when absent or blank.</summary>
    public string? Text(string name, string? value, int maxLength)
    {
        var trimmed = FreeText.Trimmed(value);
        return trimmed is null || FreeText.Fits(trimmed, maxLength)
            ? trimmed
            : Fail<string?>(name, ParameterMessages.NotText(maxLength), null);
    }

    /// <summary>Records a problem found outside the readers above (a body field, a header).</summary>
    public T Fail<T>(string name, string message, T fallback)
    {
        _errors[name] = [message];
        return fallback;
    }
}
