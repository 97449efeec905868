namespace CineRadar.Core.Reference;

/// <summary>
/// A city TIX lists that CineRadar's table of cities does not map, as the scraper recorded it. Until an operator maps it
/// (<see cref="Mapping"/>), it is in the unassigned region and its showtimes are read as WIB.
/// </summary>
public sealed record AddedCity(string Id, string Name, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, CityMapping? Mapping)
{
    /// <summary>The alert raised, per city, while an added city has no mapping; mapping it resolves the alert.</summary>
    public const string NewCityAlert = "tix-new-city";

    public City ToCity() => Mapping is { } mapping ? new(Id, Name, mapping.RegionId, mapping.TimeZone) : Cities.Unmapped(Id, Name);
}

/// <summary>The region and time zone an operator gave an added city.</summary>
public sealed record CityMapping(RegionId RegionId, IndonesianTimeZone TimeZone, string MappedBy, DateTimeOffset MappedAt);
