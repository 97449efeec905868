namespace CineRadar.Public.Views;

/// <summary>What a seat-map cell is: <c>1</c> available, <c>0</c> unavailable (sold or blocked), <c>_</c> a gap.</summary>
public enum SeatCell
{
    Available,
    Unavailable,
    Gap,
}

/// <summary>A seat map's rows read into cells, and the width of the widest row.</summary>
public sealed record SeatGridLayout(IReadOnlyList<(string Label, IReadOnlyList<SeatCell> Cells)> Rows, int Columns)
{
    public static SeatGridLayout From(IEnumerable<Contracts.SeatRowDto> rows)
    {
        var read = rows.Select(r => (r.Label, (IReadOnlyList<SeatCell>)r.Seats.Select(Cell).ToList())).ToList();
        return new SeatGridLayout(read, read.Count == 0 ? 0 : read.Max(r => r.Item2.Count));
    }

    public static SeatCell Cell(char c) => c switch
    {
        '1' => SeatCell.Available,
        '0' => SeatCell.Unavailable,
        _ => SeatCell.Gap,
    };
}
