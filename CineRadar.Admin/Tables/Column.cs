namespace CineRadar.Admin.Tables;

/// <summary>
/// One column of a table, defined once for the page and its CSV export: the raw value (exported and sorted on), the
/// text shown on the page (the value's own text when null) and where a cell links.
/// </summary>
public sealed record Column<TRow>(string Key, string Header, Func<TRow, object?> Value, Func<TRow, string>? Text = null, Func<TRow, string?>? Href = null)
{
    public string Display(TRow row) => Text?.Invoke(row) ?? CellText.Of(Value(row));

    public bool IsNumeric(TRow row) => Value(row) is int or long or double or decimal;
}
