using CineRadar.Csv;

namespace CineRadar.Admin.Tables;

/// <summary>A table's rows as a downloaded CSV file.</summary>
public static class CsvFile
{
    public const string ContentType = CsvRules.ContentType;

    public static IResult From<TRow>(string fileName, IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(CsvWriter.Write(columns, rows)), ContentType, fileName + ".csv");
}
