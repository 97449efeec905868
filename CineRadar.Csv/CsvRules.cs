using System.Globalization;
using CsvHelper.Configuration;

namespace CineRadar.Csv;

/// <summary>
/// CineRadar's one set of CSV rules (RFC 4180, through CsvHelper), for every CSV it writes: CRLF line ends, a field with
/// a comma, quote or any line break quoted. A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
/// or a carriage return gets a leading apostrophe, so that a spreadsheet shows it rather than runs it as a formula (a
/// movie title or theatre name comes from TIX); numbers are written as they are, negative ones too.
/// </summary>
public static class CsvRules
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
        // Any line break, not only a whole CRLF, needs quotes.
        ShouldQuote = args => args.Field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
    };

    /// <summary>A value as its cell: text neutralised, anything else as <see cref="Invariant"/> writes it.</summary>
    public static string Cell(object? value) => value is string text ? Neutralised(text) : Invariant(value);

    /// <summary>
    /// A value as plain invariant text: empty for null, <c>yyyy-MM-dd</c> for a date, ISO 8601 with the offset it carries
    /// for an instant, <c>true</c>/<c>false</c>, numbers invariant (a point, no grouping).
    /// </summary>
    public static string Invariant(object? value) => value switch
    {
        null => "",
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Text a spreadsheet would run as a formula, with a leading apostrophe; any other text as it is.</summary>
    public static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
