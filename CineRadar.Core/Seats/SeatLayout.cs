namespace CineRadar.Core.Seats;

/// <summary>
/// A showtime's seat map at one moment. Occupancy is an upper bound of sales: TIX reports sold and blocked seats
/// alike as unavailable.
/// </summary>
public sealed record SeatLayout
{
    public SeatLayout(IReadOnlyList<SeatRow> rows, IReadOnlyList<string>? ignoredStatuses = null)
    {
        Rows = rows;
        IgnoredStatuses = ignoredStatuses ?? [];
        foreach (var row in rows)
        {
            Available += row.Available;
            Unavailable += row.Unavailable;
        }
    }

    public IReadOnlyList<SeatRow> Rows { get; }

    /// <summary>Status values (and <c>seat_yn</c> values) that were neither a seat state nor a known gap, for reporting.</summary>
    public IReadOnlyList<string> IgnoredStatuses { get; }

    public int Available { get; }

    public int Unavailable { get; }

    public int Total => Available + Unavailable;

    /// <summary>Unavailable seats as a percentage of all seats, to one decimal; 0 for a map with no seats.</summary>
    public double OccupancyPct => Occupancy.Percent(Unavailable, Total);

    /// <summary>Every seat unavailable: a sell-out, or TIX locking the house near showtime.</summary>
    public bool IsFull => Total > 0 && Available == 0;

    /// <summary>
    /// The shape of the map (row labels, where the seats and gaps are), hashed: TIX names no studio, so maps of one
    /// theatre and room category that share this key are taken to be one room.
    /// </summary>
    public string RoomKey => SeatPositions.RoomKey(Rows);

    /// <summary>The unavailable seats as space-separated labels such as <c>F12</c> (see <see cref="SeatPositions"/>).</summary>
    public string UnavailableSeats => SeatPositions.Unavailable(Rows);
}
