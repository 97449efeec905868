namespace CineRadar.Core.Time;

/// <summary>
/// The cinema weekend: Friday to Sunday, the days Indonesian theatres charge their weekend prices (a week's releases
/// open on a Wednesday or Thursday and meet their first weekend on the Friday).
/// </summary>
public static class Weekends
{
    public static bool Contains(DateOnly date) => date.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday;
}
