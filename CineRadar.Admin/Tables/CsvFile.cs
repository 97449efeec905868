namespace CineRadar.Admin.Tables;

/// <summary>A table's rows as a downloaded CSV file.</summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IResult From<TRow>(string fileName, IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(CsvWriter.Write(columns, rows)), ContentType, fileName + ".csv");
}
