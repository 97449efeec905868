using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using CineRadar.Core.Time;
using Microsoft.OpenApi;

namespace CineRadar.Api.Validation;

/// <summary>
/// What one kind of route or query parameter accepts, judged on the text the caller wrote, so that a value the framework
/// could not bind and a value out of range get the same message; and how the OpenAPI document describes that kind.
/// </summary>
internal abstract class ParameterRule
{
    /// <summary>What the kind accepts, as the OpenAPI document says it once for every parameter of the kind.</summary>
    public abstract string Description { get; }

    /// <summary>The message for <paramref name="text"/> when it breaks the rule; null when it keeps it.</summary>
    public abstract string? Check(string text, HttpContext http);

    /// <summary>Narrows the parameter's schema in the OpenAPI document to what the rule accepts.</summary>
    public virtual void Describe(OpenApiSchema schema)
    {
    }

    /// <summary>The rule of a handler parameter, by its type and attributes; null for one bound from elsewhere.</summary>
    public static ParameterRule? For(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(DateOnly))
        {
            return new DateRule();
        }

        if (type == typeof(ResourceId))
        {
            return new IdRule();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Word<>))
        {
            var words = (IReadOnlyList<string>)type.GetProperty(nameof(Word<>.Words))!.GetValue(null)!;
            return new WordRule(words);
        }

        if (type == typeof(int))
        {
            return parameter.GetCustomAttribute<RangeAttribute>() is { } range
                ? new NumberRule(Convert.ToInt32(range.Minimum, CultureInfo.InvariantCulture), Convert.ToInt32(range.Maximum, CultureInfo.InvariantCulture))
                : parameter.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed
                    ? new NumberChoiceRule([.. allowed.Values.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture))])
                    : throw new InvalidOperationException($"The number {parameter.Name} of {parameter.Member.Name} needs [Range] or [AllowedValues].");
        }

        if (type == typeof(string) && parameter.GetCustomAttribute<MaxLengthAttribute>() is { } maxLength)
        {
            return new TextRule(maxLength.Length, IsRequired(parameter));
        }

        return null;
    }

    /// <summary>A parameter without a default that is neither a nullable value nor an annotated nullable reference.</summary>
    public static bool IsRequired(ParameterInfo parameter) =>
        !parameter.HasDefaultValue
        && Nullable.GetUnderlyingType(parameter.ParameterType) is null
        && new NullabilityInfoContext().Create(parameter).ReadState != NullabilityState.Nullable;

    /// <summary>A WIB business date (<see cref="WibDates"/>); bound as <see cref="DateOnly"/>, which alone would read other shapes.</summary>
    private sealed class DateRule : ParameterRule
    {
        public override string Description =>
            FormattableString.Invariant($"A WIB business date written yyyy-MM-dd, from {WibDates.First:yyyy-MM-dd} to {WibDates.MaxDaysAhead} days after today (WIB).");

        public override string? Check(string text, HttpContext http) =>
            WibDates.Read(text, http.RequestServices.GetRequiredService<TimeProvider>().Today(), out _);
    }

    private sealed class IdRule : ParameterRule
    {
        public override string Description => $"An id: 1 to {ResourceId.MaxLength} letters, digits, '_' or '-'.";

        public override string? Check(string text, HttpContext http) => ResourceId.IsValid(text) ? null : ParameterMessages.NotAnId(text);

        public override void Describe(OpenApiSchema schema)
        {
            schema.Pattern = ResourceId.Pattern;
            schema.MinLength = 1;
            schema.MaxLength = ResourceId.MaxLength;
        }
    }

    private sealed class WordRule(IReadOnlyList<string> words) : ParameterRule
    {
        public override string Description => $"One of {string.Join(", ", words)}.";

        public override string? Check(string text, HttpContext http) =>
            words.Contains(text, StringComparer.OrdinalIgnoreCase) ? null : ParameterMessages.NotOneOf(words, text);

        public override void Describe(OpenApiSchema schema)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Pattern = null;
            schema.Enum = [.. words.Select(word => (JsonNode)JsonValue.Create(word))];
        }
    }

    private sealed class NumberRule(int min, int max) : ParameterRule
    {
        public override string Description => string.Create(CultureInfo.InvariantCulture, $"A whole number from {min} to {max}.");

        public override string? Check(string text, HttpContext http) => WholeNumbers.Read(text, min, max, out _);

        public override void Describe(OpenApiSchema schema)
        {
            schema.Type = JsonSchemaType.Integer;
            schema.Pattern = null;
            schema.Minimum = min.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = max.ToString(CultureInfo.InvariantCulture);
        }
    }

    private sealed class NumberChoiceRule(IReadOnlyList<int> numbers) : ParameterRule
    {
        private IEnumerable<string> Words => numbers.Select(n => n.ToString(CultureInfo.InvariantCulture));

        public override string Description => $"One of {string.Join(", ", Words)}.";

        public override string? Check(string text, HttpContext http) =>
            WholeNumbers.TryRead(text, out var number) && numbers.Contains(number) ? null : ParameterMessages.NotOneOf(Words, text);

        public override void Describe(OpenApiSchema schema)
        {
            schema.Type = JsonSchemaType.Integer;
            schema.Pattern = null;
            schema.Enum = [.. numbers.Select(n => (JsonNode)JsonValue.Create(n))];
        }
    }

    /// <summary>Free text, trimmed by <see cref="FreeText.Trimmed"/>; blank counts as absent.</summary>
    private sealed class TextRule(int maxLength, bool required) : ParameterRule
    {
        public override string Description => $"At most {maxLength} characters, no control characters.";

        public override string? Check(string text, HttpContext http) =>
            FreeText.Trimmed(text) is not { } trimmed
                ? required ? ParameterMessages.TextRequired(maxLength) : null
                : FreeText.Fits(trimmed, maxLength) ? null : ParameterMessages.NotText(maxLength);

        public override void Describe(OpenApiSchema schema) => schema.MaxLength = maxLength;
    }
}
