using System.Text;

namespace CineRadar.Admin.Tables;

/// <summary>The one CSV writer (RFC 4180): a header line, CRLF line ends, fields with a comma, quote or line break quoted.</summary>
public static class CsvWriter
{
    public static string Write<TRow>(IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, columns.Select(c => c.Header));
        foreach (var row in rows)
        {
            Line(csv, columns.Select(c => CellText.Raw(c.Value(row))));
        }

        return csv.ToString();
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void Line(StringBuilder csv, IEnumerable<string> fields) => csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
}
