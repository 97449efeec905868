using CsvHelper;

namespace CineRadar.Csv;

/// <summary>
/// A CSV table written row by row to <paramref name="writer"/> under <see cref="CsvRules"/>: the header first (its names
/// neutralised too), then each row's cells (<see cref="CsvRules.Cell"/>). Rows reach the writer as they are written, so
/// a long table need not be held whole.
/// </summary>
public sealed class CsvTable(TextWriter writer, IEnumerable<string> headers) : IDisposable
{
    private readonly CsvWriter _csv = new(writer, CsvRules.Configuration, leaveOpen: true);
    private readonly IReadOnlyList<string> _headers = [.. headers];
    private bool _headerWritten;

    public void WriteRow(IEnumerable<object?> cells)
    {
        WriteHeaderOnce();
        foreach (var cell in cells)
        {
            _csv.WriteField(CsvRules.Cell(cell));
        }

        _csv.NextRecord();
    }

    /// <summary>Writes what is pending (the header, even with no row) through to the writer.</summary>
    public void Flush()
    {
        WriteHeaderOnce();
        _csv.Flush();
    }

    public void Dispose()
    {
        Flush();
        _csv.Dispose();
    }

    private void WriteHeaderOnce()
    {
        if (_headerWritten)
        {
            return;
        }

        _headerWritten = true;
        foreach (var header in _headers)
        {
            _csv.WriteField(CsvRules.Neutralised(header));
        }

        _csv.NextRecord();
    }
}
