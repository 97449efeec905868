using Parquet;
using Parquet.Schema;

namespace CineRadar.Api.Exports;

/// <summary>
/// One column of an export, defined once for both formats: its name, the value of a row as a CSV cell, and its Parquet
/// field and data. Instants are UTC in both (CSV: ISO 8601 with <c>+00:00</c>; Parquet: a timestamp adjusted to UTC, in
/// milliseconds); a missing value is an empty CSV cell and a Parquet null.
/// </summary>
internal abstract class ExportColumn<TRow>(string name)
{
    public string Name { get; } = name;

    public abstract DataField Field { get; }

    /// <summary>The row's value as the CSV rules write it.</summary>
    public abstract object? Cell(TRow row);

    /// <summary>Writes the rows' values as this column of a Parquet row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);
}

/// <summary>The kinds of export column.</summary>
internal static class ExportColumn
{
    public static ExportColumn<TRow> Text<TRow>(string name, Func<TRow, string?> value) => new TextColumn<TRow>(name, value);

    public static ExportColumn<TRow> Int<TRow>(string name, Func<TRow, int> value) => Value(name, (TRow r) => (int?)value(r), nullable: false);

    public static ExportColumn<TRow> Long<TRow>(string name, Func<TRow, long?> value, bool nullable = false) => Value(name, value, nullable);

    public static ExportColumn<TRow> Double<TRow>(string name, Func<TRow, double> value) => Value(name, (TRow r) => (double?)value(r), nullable: false);

    public static ExportColumn<TRow> Bool<TRow>(string name, Func<TRow, bool> value) => Value(name, (TRow r) => (bool?)value(r), nullable: false);

    public static ExportColumn<TRow> Date<TRow>(string name, Func<TRow, DateOnly> value) =>
        new ValueColumn<TRow, DateOnly>(new DataField<DateOnly>(name, false), r => value(r), date => date);

    public static ExportColumn<TRow> Instant<TRow>(string name, Func<TRow, DateTimeOffset?> value, bool nullable = false) =>
        new ValueColumn<TRow, DateTime>(
            new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: nullable),
            r => value(r)?.UtcDateTime,
            utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    private static ValueColumn<TRow, T> Value<TRow, T>(string name, Func<TRow, T?> value, bool nullable)
        where T : struct =>
        new(new DataField<T>(name, nullable), value, v => v);

    private sealed class TextColumn<TRow>(string name, Func<TRow, string?> value) : ExportColumn<TRow>(name)
    {
        public override DataField Field { get; } = new DataField<string>(name, true);

        public override object? Cell(TRow row) => value(row);

        public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken) =>
            group.WriteAsync(Field, rows.Select(value).ToArray()!);
    }

    private sealed class ValueColumn<TRow, T>(DataField dataField, Func<TRow, T?> value, Func<T, object> cell) : ExportColumn<TRow>(dataField.Name)
        where T : struct
    {
        public override DataField Field => dataField;

        public override object? Cell(TRow row) => value(row) is { } v ? cell(v) : null;

        public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken) =>
            dataField.IsNullable
                ? group.WriteAsync(dataField, new ReadOnlyMemory<T?>([.. rows.Select(value)]), cancellationToken: cancellationToken)
                : group.WriteAsync(dataField, new ReadOnlyMemory<T>([.. rows.Select(r => value(r) ?? default)]), cancellationToken: cancellationToken);
    }
}
