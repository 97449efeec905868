namespace CineRadar.Core.Seats;

/// <summary>
/// One row of a seat map: its label and its seats as a compact string, <c>1</c> available, <c>0</c> unavailable
/// (sold or blocked), <c>_</c> a gap (aisle, spacer or anything that is not a seat).
/// </summary>
public sealed record SeatRow(string Label, string Seats)
{
    public const char AvailableSeat = '1';
    public const char UnavailableSeat = '0';
    public const char Gap = '_';

    public int Available => Seats.AsSpan().Count(AvailableSeat);

    public int Unavailable => Seats.AsSpan().Count(UnavailableSeat);
}
