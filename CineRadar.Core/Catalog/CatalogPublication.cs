namespace CineRadar.Core.Catalog;

/// <summary>
/// A validated set of city sweeps for one date, ready to be written. Publishing replaces the schedules of exactly the
/// cities listed here (other cities of the date keep theirs), upserts the theatres seen and rebuilds the date's snapshot
/// from everything stored for it. The publisher then bumps the data version (<see cref="Stores.IDataVersionStore"/>).
/// </summary>
public sealed record CatalogPublication(DateOnly Date, DateTimeOffset ScrapedAt, string RunId, IReadOnlyList<CityScrape> Cities, string? Source = null);
