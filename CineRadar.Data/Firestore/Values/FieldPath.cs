using System.Text.RegularExpressions;

namespace CineRadar.Data.Firestore.Values;

/// <summary>
/// Field paths as Firestore's <c>updateMask</c>, filters and orders take them: segments joined by dots, a segment that
/// is not a plain identifier quoted in backticks (<c>cities.`PANGKAL PINANG`</c>).
/// </summary>
internal static partial class FieldPath
{
    public static string Of(params string[] segments) => string.Join('.', segments.Select(Quote));

    private static string Quote(string segment) =>
        PlainSegment().IsMatch(segment)
            ? segment
            : $"`{segment.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal)}`";

    [GeneratedRegex("^[A-Za-z_][A-Za-z_0-9]*$")]
    private static partial Regex PlainSegment();
}
