namespace CineRadar.Core.Catalog;

/// <summary>
/// Where and when a movie plays on a WIB business date: every city that lists it (some may have no showtime that
/// day, such as a presale's), and the theatres showing it.
/// </summary>
public sealed record MovieSchedule(DateOnly Date, Movie Movie, IReadOnlyList<CityRef> Cities, IReadOnlyList<TheatreSchedule> Theatres)
{
    public int ShowtimeCount => Theatres.Sum(t => t.ShowtimeCount);
}

/// <summary>A city as a sweep saw it: TIX's id and name.</summary>
public sealed record CityRef(string Id, string Name);
