namespace CineRadar.Core.Catalog;

/// <summary>Where and when a movie plays on a WIB business date, across every city swept.</summary>
public sealed record MovieSchedule(DateOnly Date, Movie Movie, IReadOnlyList<TheatreSchedule> Theatres)
{
    public IEnumerable<string> CityNames => Theatres.Select(t => t.CityName).Distinct(StringComparer.Ordinal);

    public int ShowtimeCount => Theatres.Sum(t => t.ShowtimeCount);
}
