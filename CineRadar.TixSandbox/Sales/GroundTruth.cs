using CineRadar.Core.Time;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox;

/// <summary>The true state of a showtime at an instant: sold seats exclude blocked ones; house-locked says whether every seat shows unavailable.</summary>
public sealed record ShowtimeTruth(string ShowTimeId, int TotalSeats, int Sold, int Blocked, bool HouseLocked, DateTimeOffset StartsAt, DateTimeOffset At);

/// <summary>
/// A showtime of a day with its final start and admissions. <see cref="Listed"/> is false for a presale movie's showtime
/// on the current day (not on sale). With <c>Sandbox:Changes</c> on: an added show is listed from
/// <see cref="AnnouncedAt"/>; a moved show listed <see cref="OriginalStartsAt"/> until <see cref="MovedAt"/>; a
/// cancelled show leaves the listings at <see cref="CancelledAt"/> and has no admissions (its tickets are refunded).
/// </summary>
public sealed record DayShowtime(
    string ShowTimeId,
    string MovieId,
    string MovieTitle,
    string TheatreId,
    string TheatreName,
    string CityId,
    string CityName,
    string Chain,
    string ChainPath,
    string Category,
    string DisplayTime,
    DateTimeOffset StartsAt,
    int TotalSeats,
    int Blocked,
    int FinalAdmissions,
    int Price,
    DateTimeOffset? HouseLockFrom,
    bool Listed,
    DateTimeOffset? AnnouncedAt = null,
    DateTimeOffset? MovedAt = null,
    DateTimeOffset? OriginalStartsAt = null,
    DateTimeOffset? CancelledAt = null);

/// <summary>What the sandbox generated for a date.</summary>
public sealed record CatalogCounts(
    DateOnly Date,
    int Cities,
    int Theatres,
    int Movies,
    int Showtimes,
    IReadOnlyDictionary<string, int> TheatresByChain,
    IReadOnlyDictionary<string, int> TheatresByLayout);

/// <summary>Ground truth, for tests and benchmarks only (the scraper never reads it).</summary>
public sealed class GroundTruth
{
    private readonly CatalogStore _store;
    private readonly SandboxClock _clock;

    internal GroundTruth(CatalogStore store, SandboxClock clock)
    {
        _store = store;
        _clock = clock;
    }

    public ShowtimeTruth? Find(string showTimeId, DateTimeOffset at)
    {
        var showtime = _store.FindShowtime(showTimeId);
        if (showtime is null)
        {
            return null;
        }

        var sales = showtime.Sales;
        return new ShowtimeTruth(showTimeId, sales.TotalSeats, sales.SoldAt(at), sales.BlockedSeats, sales.IsHouseLockedAt(at), showtime.StartsAt, at);
    }

    /// <summary>True sold seats of a showtime at an instant (the final admissions from its start on).</summary>
    public int SoldAt(string showTimeId, DateTimeOffset at) =>
        Find(showTimeId, at)?.Sold ?? throw new KeyNotFoundException($"No showtime {showTimeId}.");

    /// <summary>Every showtime of a WIB date in generation order (cancelled ones included), then the added ones.</summary>
    public IReadOnlyList<DayShowtime> Day(DateOnly date)
    {
        var now = _clock.GetUtcNow();
        return [.. _store.Day(date).Showtimes.Select(s => new DayShowtime(
            s.Id, s.Movie.ScheduleId, s.Movie.Title, s.Theatre.Id, s.Theatre.Name, s.Theatre.City.Id, s.Theatre.City.Name,
            s.Theatre.Chain.MerchantName, s.Theatre.Chain.PathSegment, s.Room.Category, s.DisplayTime, s.StartsAt,
            s.Sales.TotalSeats, s.Sales.BlockedSeats, s.Sales.FinalAdmissions, s.Price, s.Sales.HouseLockFrom,
            IsListed(s, now), s.AnnouncedAt, s.Move?.MovedAt, s.Move?.Before.StartsAt, s.CancelledAt))];
    }

    public CatalogCounts Counts(DateOnly date)
    {
        var now = _clock.GetUtcNow();
        var world = _store.World;
        var day = _store.Day(date);
        return new CatalogCounts(
            date,
            world.Markets.Count,
            world.Theatres.Count,
            world.Movies.Count,
            day.Showtimes.Count(s => IsListed(s, now) && s.ListingAt(now) is not null),
            world.Theatres.GroupBy(t => t.Chain.MerchantName).ToDictionary(g => g.Key, g => g.Count()),
            world.Theatres.GroupBy(t => LayoutName(t.Layout)).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Today's WIB date on the sandbox clock.</summary>
    public DateOnly Today => IndonesianClock.BusinessDate(_clock.GetUtcNow());

    private static bool IsListed(SandboxShowtime showtime, DateTimeOffset now) => CatalogStore.SellsOn(showtime.Movie, showtime.Date, now);

    private static string LayoutName(LayoutVariant layout) => layout switch
    {
        LayoutVariant.NestedGaps or LayoutVariant.NestedAisleEntries => "nested",
        LayoutVariant.Flat => "flat",
        _ => "flat_cgv",
    };
}
