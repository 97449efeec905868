using System.ComponentModel;
using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Design;
using CineRadar.Core.Sampling.Nowcast;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Views;

/// <summary>
/// Everything the Api answers about one WIB date, built once per data version: the day's schedules ranked by reach,
/// every showtime flattened, each showtime's latest seat reading and its admissions estimate, and the day's rollups.
/// Movies, theatres, showtimes, box office and analytics are all answered from this.
/// </summary>
[ImmutableObject(true)]
internal sealed class DayView
{
    private readonly Dictionary<string, MovieSchedule> _movies;
    private readonly DemandHistory? _history;
    private DayProjection? _projection;

    public DayView(
        DateOnly date,
        DateTimeOffset? scrapedAt,
        IReadOnlyList<MovieSchedule> schedules,
        IReadOnlyList<SeatSampleSummary> samples,
        IReadOnlyList<ShowtimeEstimate> estimates,
        KnownCities? cities = null,
        IReadOnlyList<DailyRollup>? rollups = null,
        DemandHistory? history = null)
    {
        _history = history;
        Date = date;
        Rollups = rollups ?? [];
        Cities = cities ?? KnownCities.Table;
        ScrapedAt = scrapedAt;
        var order = DailySnapshot.From(date, scrapedAt ?? default, schedules).Movies
            .Select((m, index) => (m.Movie.Id, index))
            .ToDictionary(m => m.Id, m => m.index, StringComparer.Ordinal);
        Movies = schedules.OrderBy(s => order[s.Movie.Id]).ToList();
        _movies = Movies.ToDictionary(s => s.Movie.Id, StringComparer.Ordinal);
        Showtimes = SampledShowtime.From(Movies);
        Slots = Movies
            .SelectMany(m => m.Theatres.SelectMany(t => t.Rooms.SelectMany(r => r.Showtimes.Select(s => new ShowtimeSlot(m, t, r, s)))))
            .DistinctBy(s => s.Showtime.Id, StringComparer.Ordinal)
            .ToDictionary(s => s.Showtime.Id, StringComparer.Ordinal);
        var byShowtime = samples.GroupBy(s => s.ShowtimeId, StringComparer.Ordinal).ToList();
        Latest = byShowtime.ToDictionary(g => g.Key, g => g.MaxBy(s => s.SampledAt)!, StringComparer.Ordinal);
        LatestUnlocked = byShowtime
            .Select(g => g.Where(s => !s.HouseLocked).MaxBy(s => s.SampledAt))
            .OfType<SeatSampleSummary>()
            .ToDictionary(s => s.ShowtimeId, StringComparer.Ordinal);
        WithFinal = byShowtime.Where(g => g.Any(s => s.Kind == SampleKinds.Final)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        Estimates = estimates.ToDictionary(e => e.ShowtimeId, StringComparer.Ordinal);
        LastSampledAt = samples.Count == 0 ? null : samples.Max(s => s.SampledAt);
    }

    public DateOnly Date { get; }

    /// <summary>When the day's schedules were scraped; null when nothing is published for the date.</summary>
    public DateTimeOffset? ScrapedAt { get; }

    /// <summary>The day's movie schedules by reach: cities, then theatres, then title.</summary>
    public IReadOnlyList<MovieSchedule> Movies { get; }

    public IReadOnlyList<SampledShowtime> Showtimes { get; }

    /// <summary>Where each showtime sits in the schedules: its movie, theatre and room.</summary>
    public IReadOnlyDictionary<string, ShowtimeSlot> Slots { get; }

    /// <summary>Each sampled showtime's newest reading, as TIX showed it (a house-locked map included).</summary>
    public IReadOnlyDictionary<string, SeatSampleSummary> Latest { get; }

    /// <summary>
    /// Each sampled showtime's newest reading that is not house-locked: the one every figure counts, since a locked map
    /// shows every unsold seat as taken. A showtime whose every reading is locked has none.
    /// </summary>
    public IReadOnlyDictionary<string, SeatSampleSummary> LatestUnlocked { get; }

    /// <summary>Showtimes that have their final reading (T-15..T-5).</summary>
    public IReadOnlySet<string> WithFinal { get; }

    public IReadOnlyDictionary<string, ShowtimeEstimate> Estimates { get; }

    public DateTimeOffset? LastSampledAt { get; }

    /// <summary>The cities as they were known when the view was built: where a showtime's region is looked up.</summary>
    public KnownCities Cities { get; }

    public bool IsPublished => ScrapedAt is not null;

    /// <summary>
    /// The day's totals per movie, theatre, city, region and chain as the scraper's fold stored them: they estimate the
    /// shows the sampling design left unread too, which the showtime estimates alone cannot.
    /// </summary>
    public IReadOnlyList<DailyRollup> Rollups { get; }

    /// <summary>
    /// The whole country's rollup; for a day folded before there was one, its movies' added up (their intervals too,
    /// which is wider than the national one would be).
    /// </summary>
    public DailyRollup National => RollupsBy(RollupDimension.National).SingleOrDefault() ?? SumOf(RollupsBy(RollupDimension.Movie).ToList());

    private DailyRollup SumOf(IReadOnlyList<DailyRollup> movies) => new(
        Date, RollupDimension.National, DailyRollups.NationalKey, "Indonesia",
        movies.Sum(m => m.Admissions), movies.Sum(m => m.EstimatedGrossRupiah), movies.Sum(m => m.Capacity),
        movies.Sum(m => m.Showtimes), movies.Sum(m => m.EstimatedShowtimes), ScrapedAt ?? default,
        movies.Sum(m => m.AdmissionsLow), movies.Sum(m => m.AdmissionsHigh), movies.Sum(m => m.GrossLow), movies.Sum(m => m.GrossHigh));

    /// <summary>
    /// The estimate of any group of the day's shows without a stored rollup (a movie in one city, a room format, an
    /// hour), as the fold makes it: the read shows' estimates, the unread ones' from their strata, and while the day runs
    /// the shows still to come projected as they stood at the fold (<see cref="DayProjection"/>, from the same earlier
    /// days). Its interval takes each read show's as independent, which the stored rollups do not need to.
    /// </summary>
    public GroupTotal TotalOf(IEnumerable<SampledShowtime> shows) => Projection.Of(shows).Projected;

    private DayProjection Projection => _projection ??= ProjectionAtTheFold();

    private DayProjection ProjectionAtTheFold()
    {
        var read = Estimates.Values.ToDictionary(e => e.ShowtimeId, ReadShow.From, StringComparer.Ordinal);
        var totals = new StratifiedTotals(Showtimes, read, new Dictionary<string, double>(), []);
        return new DayProjection(Showtimes, read, totals, _history, FoldedAt(Rollups));
    }

    /// <summary>When the scraper's fold saved the day's rollups (the instant its projection stands at); never, without any.</summary>
    public static DateTimeOffset FoldedAt(IReadOnlyList<DailyRollup> rollups) =>
        rollups.Count > 0 ? rollups.Max(r => r.UpdatedAt) : DateTimeOffset.MaxValue;

    public MovieSchedule? Movie(string movieId) => _movies.GetValueOrDefault(movieId);

    public IEnumerable<DailyRollup> RollupsBy(RollupDimension dimension) => Rollups.Where(r => r.Dimension == dimension);
}

/// <summary>A showtime with the movie, theatre and room it belongs to.</summary>
internal sealed record ShowtimeSlot(MovieSchedule Movie, TheatreSchedule Theatre, Room Room, Showtime Showtime);
