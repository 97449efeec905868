namespace CineRadar.TixSandbox.Model;

/// <summary>One position of a row: a seat (with its index among the room's seats) or an aisle/spacer.</summary>
internal readonly record struct SandboxSeatCell(int Number, int SeatIndex, string Code)
{
    public bool IsSeat => SeatIndex >= 0;
}

internal sealed record SandboxSeatRow(string Label, int MaxNumber, SandboxSeatCell[] Cells);

/// <summary>A room's seating plan. Positions are numbered from 1 across the row, aisles included.</summary>
internal sealed class SeatGrid
{
    public SeatGrid(IReadOnlyList<SandboxSeatRow> rows)
    {
        Rows = rows;
        var rowOfSeat = new List<int>();
        var columnOfSeat = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells.Where(c => c.IsSeat))
            {
                rowOfSeat.Add(r);
                columnOfSeat.Add(cell.Number);
            }
        }

        RowOfSeat = [.. rowOfSeat];
        ColumnOfSeat = [.. columnOfSeat];
        Width = rows.Max(r => r.MaxNumber);
    }

    public IReadOnlyList<SandboxSeatRow> Rows { get; }

    public int SeatCount => RowOfSeat.Length;

    public int Width { get; }

    /// <summary>Row index of each seat, by seat index.</summary>
    public int[] RowOfSeat { get; }

    /// <summary>Position number of each seat in its row, by seat index.</summary>
    public int[] ColumnOfSeat { get; }
}
