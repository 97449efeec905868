namespace CineRadar.Core.Catalog;

/// <summary>
/// A showtime: the listed local time, TIX's status (1 bookable) and the instant it starts, computed from the
/// business date, the time and the theatre's city zone.
/// </summary>
public sealed record Showtime(string Id, string DisplayTime, int Status, DateTimeOffset StartsAt)
{
    public bool IsBookable => Status == Tix.TixShowtime.BookableStatus;
}
