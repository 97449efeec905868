namespace CineRadar.Scraper.Publishing;

/// <summary>Coverage a sweep must reach before it is published, bound from <c>Validation</c>.</summary>
public sealed class ValidationOptions
{
    public const string SectionName = "Validation";

    /// <summary>Share of the run's cities that must really have returned showtimes (empty and failed ones do not count).</summary>
    public double MinCityCoverage { get; set; } = 0.6;

    /// <summary>A national run (at least <see cref="NationalRunCities"/> cities) must find at least this many distinct movies.</summary>
    public int MinMovies { get; set; } = 10;

    public int NationalRunCities { get; set; } = 50;

    /// <summary>
    /// The share of the same weekday's showtimes a week before (same cities) a run's first date must reach; below it the
    /// run is held for an operator instead of published. No earlier day, no check.
    /// </summary>
    public double MinShareOfLastWeek { get; set; } = 0.5;
}
