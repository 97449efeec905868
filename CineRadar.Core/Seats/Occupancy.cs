namespace CineRadar.Core.Seats;

public static class Occupancy
{
    /// <summary>Occupied seats as a percentage of capacity, rounded half away from zero to one decimal.</summary>
    public static double Percent(long occupied, long capacity) =>
        capacity <= 0 ? 0 : Math.Round(occupied * 100.0 / capacity, 1, MidpointRounding.AwayFromZero);
}
