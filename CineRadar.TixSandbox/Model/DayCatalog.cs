namespace CineRadar.TixSandbox.Model;

/// <summary>A theatre's showtimes of one movie on one day, grouped by room category (TIX's <c>price_groups</c>).</summary>
internal sealed record SandboxTheatreSchedule(SandboxTheatre Theatre, IReadOnlyList<PriceGroup> PriceGroups)
{
    /// <summary>The schedule as listed at <paramref name="now"/>, in listed start order; null when none of its shows is listed.</summary>
    public SandboxTheatreSchedule? ListedAt(DateTimeOffset now)
    {
        PriceGroup[] groups = [.. PriceGroups.Select(g => g.ListedAt(now)).OfType<PriceGroup>()];
        return groups.Length == 0 ? null : this with { PriceGroups = groups };
    }
}

internal sealed record PriceGroup(string Category, string PriceString, IReadOnlyList<SandboxShowtime> Showtimes)
{
    public PriceGroup? ListedAt(DateTimeOffset now)
    {
        SandboxShowtime[] listed =
        [
            .. Showtimes
                .Select(s => (Showtime: s, Listing: s.ListingAt(now)))
                .Where(s => s.Listing is not null)
                .OrderBy(s => s.Listing!.Value.StartsAt)
                .ThenBy(s => s.Showtime.Id, StringComparer.Ordinal)
                .Select(s => s.Showtime),
        ];
        return listed.Length == 0 ? null : this with { Showtimes = listed };
    }
}

/// <summary>Every showtime of one WIB business day, indexed the ways the API reads them.</summary>
internal sealed class DayCatalog(DateOnly date, IReadOnlyList<SandboxShowtime> showtimes, IReadOnlyDictionary<(string MovieId, string CityId), IReadOnlyList<SandboxTheatreSchedule>> schedules)
{
    private readonly Dictionary<string, SandboxShowtime> _byId = showtimes.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly bool _changes = showtimes.Any(s => s.IsChanged);

    /// <summary>When a show enters or leaves the listings (announcements and cancellations), in order.</summary>
    private readonly DateTimeOffset[] _listingChanges =
        [.. showtimes.SelectMany(s => new[] { s.AnnouncedAt, s.CancelledAt }).OfType<DateTimeOffset>().Order()];

    public DateOnly Date { get; } = date;

    public IReadOnlyList<SandboxShowtime> Showtimes { get; } = showtimes;

    /// <summary>Theatres (sorted by name) with a movie's showtimes (by schedule id) in a city, listed or not.</summary>
    public IReadOnlyDictionary<(string MovieId, string CityId), IReadOnlyList<SandboxTheatreSchedule>> Schedules { get; } = schedules;

    public SandboxShowtime? Find(string showtimeId) => _byId.GetValueOrDefault(showtimeId);

    /// <summary>Theatres (sorted by name) listing a movie's showtimes in a city at <paramref name="now"/>.</summary>
    public IReadOnlyList<SandboxTheatreSchedule> ListingAt(string movieId, string cityId, DateTimeOffset now)
    {
        var schedules = Schedules.GetValueOrDefault((movieId, cityId)) ?? [];
        return _changes ? [.. schedules.Select(s => s.ListedAt(now)).OfType<SandboxTheatreSchedule>()] : schedules;
    }

    /// <summary>How many shows have entered or left the listings by <paramref name="now"/>: equal counts, equal listings.</summary>
    public int ListingChangesBy(DateTimeOffset now)
    {
        var index = Array.BinarySearch(_listingChanges, now);
        // Several changes can share an instant: count every one at or before now.
        if (index < 0)
        {
            return ~index;
        }

        while (index < _listingChanges.Length && _listingChanges[index] <= now)
        {
            index++;
        }

        return index;
    }
}
