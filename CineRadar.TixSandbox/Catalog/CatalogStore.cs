using System.Collections.Concurrent;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Catalog;

/// <summary>
/// The world and the days generated from it, each day generated once on first use and kept (a few days at a time).
/// Also answers which dates are on sale at an instant: today (the WIB date) and the presale days after it.
/// </summary>
internal sealed class CatalogStore(World world, SandboxOptions options)
{
    private const int DaysKept = 12;
    private readonly ConcurrentDictionary<DateOnly, Lazy<DayCatalog>> _days = new();

    public World World { get; } = world;

    public DayCatalog Day(DateOnly date)
    {
        var day = _days.GetOrAdd(date, d => new Lazy<DayCatalog>(() => ScheduleGenerator.Generate(World, d, options.Sales, options.Changes))).Value;
        if (_days.Count > DaysKept)
        {
            foreach (var old in _days.Keys.OrderBy(d => Math.Abs(d.DayNumber - date.DayNumber)).Skip(DaysKept))
            {
                _days.TryRemove(old, out _);
            }
        }

        return day;
    }

    /// <summary>Finds a showtime by id: the id says which day to look in.</summary>
    public SandboxShowtime? FindShowtime(string showtimeId)
    {
        if (!SnowflakeIds.TryReadInstant(showtimeId, out var created))
        {
            return null;
        }

        // Showtime ids are minted two days before their day (see ScheduleGenerator).
        var date = IndonesianClock.BusinessDate(created.AddDays(2));
        return date.Year is < 2015 or > 2079 ? null : Day(date).Find(showtimeId);
    }

    /// <summary>Whether the schedules API answers for <paramref name="date"/> at <paramref name="now"/>.</summary>
    public bool IsOnSale(DateOnly date, DateTimeOffset now)
    {
        var today = IndonesianClock.BusinessDate(now);
        return date >= today && date.DayNumber - today.DayNumber <= options.Catalog.PresaleDays;
    }

    /// <summary>
    /// Whether a movie's showtimes of <paramref name="date"/> are listed at <paramref name="now"/>: presale movies only
    /// sell for dates after today.
    /// </summary>
    public bool IsListed(SandboxMovie movie, DateOnly date, DateTimeOffset now) => IsOnSale(date, now) && SellsOn(movie, date, now);

    /// <summary>Whether a movie sells tickets for <paramref name="date"/>: a presale movie only for dates after today.</summary>
    public static bool SellsOn(SandboxMovie movie, DateOnly date, DateTimeOffset now) => !movie.Presale || date > IndonesianClock.BusinessDate(now);

    /// <summary>The dates on sale at <paramref name="now"/>, today first.</summary>
    public IEnumerable<DateOnly> DatesOnSale(DateTimeOffset now)
    {
        var today = IndonesianClock.BusinessDate(now);
        return Enumerable.Range(0, options.Catalog.PresaleDays + 1).Select(today.AddDays);
    }
}
