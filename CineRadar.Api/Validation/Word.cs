using System.Diagnostics.CodeAnalysis;

namespace CineRadar.Api.Validation;

/// <summary>
/// A value of <typeparamref name="TEnum"/> written as its name in lower case (any case is read; numbers are not), bound
/// from the route or query string: <c>by=chain</c>.
/// </summary>
internal readonly record struct Word<TEnum> : IParsable<Word<TEnum>>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByWord =
        Enum.GetValues<TEnum>().ToDictionary(Write, StringComparer.OrdinalIgnoreCase);

    private Word(TEnum value) => Value = value;

    public TEnum Value { get; }

    /// <summary>Every word, in the enum's order.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. ByWord.Keys];

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Word<TEnum> result)
    {
        var found = ByWord.TryGetValue(s ?? "", out var value);
        result = new Word<TEnum>(value);
        return found;
    }

    public static Word<TEnum> Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var word) ? word : throw new FormatException(ParameterMessages.NotOneOf(Words, s));

    public override string ToString() => Write(Value);

    private static string Write(TEnum value) => value.ToString().ToLowerInvariant();
}
