using System.Diagnostics.CodeAnalysis;

namespace CineRadar.Api.Validation;

/// <summary>
/// The id of something CineRadar holds (a movie, theatre, showtime, city, run or key): 1 to <see cref="MaxLength"/>
/// letters, digits, '_' and '-'. A route or query value that is not one does not bind.
/// </summary>
internal readonly record struct ResourceId : IParsable<ResourceId>
{
    public const int MaxLength = 40;

    /// <summary>The same rule as a regular expression, for the OpenAPI document.</summary>
    public const string Pattern = "^[A-Za-z0-9_-]{1,40}$";

    private ResourceId(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid([NotNullWhen(true)] string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ResourceId result)
    {
        result = IsValid(s) ? new ResourceId(s) : default;
        return s is not null && result.Value is not null;
    }

    public static ResourceId Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var id) ? id : throw new FormatException(ParameterMessages.NotAnId(s));

    public override string ToString() => Value;
}
