using System.IO.Compression;
using System.Text;
using CineRadar.Csv;
using Parquet;
using Parquet.Schema;

namespace CineRadar.Api.Exports;

/// <summary>What an export writes, whatever its rows are: the file for a range of days, in a format.</summary>
internal interface IExportTable
{
    /// <summary>
    /// Writes the days' rows to <paramref name="output"/> a day at a time, each day read from the store, written and
    /// flushed before the next is read; returns how many rows it wrote.
    /// </summary>
    Task<long> WriteAsync(ExportFormat format, bool gzip, IReadOnlyList<DateOnly> days, Stream output, CancellationToken cancellationToken);
}

/// <summary>An export's columns and how to read one day of its rows.</summary>
internal sealed class ExportTable<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, Func<DateOnly, CancellationToken, Task<IReadOnlyList<TRow>>> readDay)
    : IExportTable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IReadOnlyList<ExportColumn<TRow>> Columns => columns;

    public Task<long> WriteAsync(ExportFormat format, bool gzip, IReadOnlyList<DateOnly> days, Stream output, CancellationToken cancellationToken) =>
        format == ExportFormat.Parquet ? WriteParquetAsync(days, output, cancellationToken) : WriteCsvAsync(days, gzip, output, cancellationToken);

    /// <summary>
    /// CSV under <see cref="CsvRules"/>: each day is written to a buffer, then copied to the response (gzipped when asked)
    /// and flushed, so the response never waits on a synchronous write and holds at most one day.
    /// </summary>
    private async Task<long> WriteCsvAsync(IReadOnlyList<DateOnly> days, bool gzip, Stream output, CancellationToken cancellationToken)
    {
        var target = gzip ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true) : output;
        try
        {
            using var day = new MemoryStream();
            long written = 0;
            await using (var text = new StreamWriter(day, Utf8, leaveOpen: true))
            using (var csv = new CsvTable(text, columns.Select(c => c.Name)))
            {
                csv.Flush();
                await SendAsync(text, day, target, cancellationToken);
                foreach (var date in days)
                {
                    var rows = await readDay(date, cancellationToken);
                    foreach (var row in rows)
                    {
                        csv.WriteRow(columns.Select(c => c.Cell(row)));
                    }

                    csv.Flush();
                    await SendAsync(text, day, target, cancellationToken);
                    written += rows.Count;
                }
            }

            return written;
        }
        finally
        {
            if (gzip)
            {
                await target.DisposeAsync();
            }
        }
    }

    private static async Task SendAsync(StreamWriter text, MemoryStream buffer, Stream target, CancellationToken cancellationToken)
    {
        await text.FlushAsync(cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(target, cancellationToken);
        buffer.SetLength(0);
        await target.FlushAsync(cancellationToken);
    }

    /// <summary>Parquet: one row group per day with rows, each sent as soon as it is written; the footer last.</summary>
    private async Task<long> WriteParquetAsync(IReadOnlyList<DateOnly> days, Stream output, CancellationToken cancellationToken)
    {
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        await using var sink = new ForwardOnlyStream(output);
        long written = 0;
        await using (var writer = await ParquetWriter.CreateAsync(schema, sink, cancellationToken: cancellationToken))
        {
            await sink.SendAsync(cancellationToken);
            foreach (var date in days)
            {
                var rows = await readDay(date, cancellationToken);
                if (rows.Count == 0)
                {
                    continue;
                }

                using (var group = writer.CreateRowGroup())
                {
                    foreach (var column in columns)
                    {
                        await column.WriteAsync(group, rows, cancellationToken);
                    }
                }

                await sink.SendAsync(cancellationToken);
                written += rows.Count;
            }
        }

        await sink.SendAsync(cancellationToken);
        return written;
    }
}
