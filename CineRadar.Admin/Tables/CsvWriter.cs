using System.Globalization;
using CineRadar.Csv;

namespace CineRadar.Admin.Tables;

/// <summary>
/// A table of the site as CSV text, under CineRadar's one set of CSV rules (<see cref="CsvRules"/>, shared with the
/// Api's exports): the columns' headers, then each row's raw values, instants in WIB (<see cref="CellText.InWib"/>).
/// </summary>
public static class CsvWriter
{
    public static string Write<TRow>(IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var table = new CsvTable(text, columns.Select(c => c.Header)))
        {
            foreach (var row in rows)
            {
                table.WriteRow(columns.Select(column => CellText.InWib(column.Value(row))));
            }
        }

        return text.ToString();
    }
}
