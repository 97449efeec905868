namespace CineRadar.Admin.Tables;

/// <summary>Sorting and paging of a table's rows by one of its columns, as the query string asks.</summary>
public static class TableView
{
    public static IReadOnlyList<TRow> Sort<TRow>(IEnumerable<TRow> rows, IReadOnlyList<Column<TRow>> columns, string? key, bool descending)
    {
        var column = columns.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        if (column is null)
        {
            return rows.ToList();
        }

        var comparer = Comparer<TRow>.Create((a, b) => CompareValues(column.Value(a), column.Value(b)));
        return (descending ? rows.OrderDescending(comparer) : rows.Order(comparer)).ToList();
    }

    public static IReadOnlyList<TRow> Page<TRow>(IReadOnlyList<TRow> rows, int page, int size) =>
        rows.Skip((Math.Clamp(page, 1, Pages(rows.Count, size)) - 1) * size).Take(size).ToList();

    public static int Pages(int count, int size) => Math.Max(1, (count + size - 1) / size);

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
        (IComparable x, _) when a.GetType() == b.GetType() => x.CompareTo(b),
        _ => string.Compare(CellText.Raw(a), CellText.Raw(b), StringComparison.Ordinal),
    };
}
