using System.Globalization;
using CsvHelper.Configuration;

namespace CineRadar.Admin.Tables;

/// <summary>
/// The one CSV writer (RFC 4180, through CsvHelper): a header line, CRLF line ends, fields with a comma, quote or line
/// break quoted. A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a
/// leading apostrophe, so that a spreadsheet shows it rather than runs it as a formula (a movie title or theatre name
/// comes from TIX); numbers are written as they are, negative ones too.
/// </summary>
public static class CsvWriter
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
        // Any line break, not only a whole CRLF, needs quotes.
        ShouldQuote = args => args.Field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
    };

    public static string Write<TRow>(IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvHelper.CsvWriter(text, Configuration))
        {
            foreach (var column in columns)
            {
                csv.WriteField(Neutralised(column.Header));
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(Cell(column.Value(row)));
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>A value as its cell's text: invariant (<see cref="CellText.Raw"/>), and a text one neutralised.</summary>
    public static string Cell(object? value) => value is string text ? Neutralised(text) : CellText.Raw(value);

    private static string Neutralised(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
