using CineRadar.Contracts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Public.Views;

/// <summary>
/// How a show's latest reading is told: the share of seats taken (an upper bound), or why there is none. A house-locked
/// map shows every unsold seat as taken, so a locked show is told by its last reading before the lock, or not at all.
/// </summary>
public sealed record Fullness(double? Percent, string Text, string CssClass)
{
    public static Fullness Of(OccupancyReading? reading) => reading switch
    {
        null => new(null, "no reading yet", "full-none"),
        { HouseLocked: true, SoldPct: { } sold } => new(sold, Formats.Percent(sold) + " full before the house was locked", "full-locked"),
        { HouseLocked: true } => new(null, "house locked", "full-locked"),
        _ => new(reading.OccupancyPct, Formats.Percent(reading.OccupancyPct) + " full", Level(reading.OccupancyPct)),
    };

    public static Fullness Of(SeatMap? map) =>
        Of(map is null ? null : new OccupancyReading(map.Kind, map.SampledAt, map.OccupancyPct, map.HouseLocked));

    /// <summary>The mean occupancy of a movie's read shows.</summary>
    public static Fullness Average(double? percent) =>
        percent is { } p ? new(p, Formats.Percent(p) + " full on average", Level(p)) : new(null, "no reading yet", "full-none");

    private static string Level(double percent) => percent switch
    {
        >= 80 => "full-high",
        >= 40 => "full-mid",
        _ => "full-low",
    };
}
