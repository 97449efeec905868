using CineRadar.Core.Sampling.Design;

namespace CineRadar.Core.Sampling.Nowcast;

/// <summary>
/// Where the day will end. The shows that have started, and those read with a growth that carries them to their
/// start, are the day's estimate as it is (<see cref="StratifiedTotals"/>). Any other show still to come is expected
/// to sell what shows like it sold on earlier days (<see cref="DemandHistory"/>), times today's level: how today's
/// started shows sold against what the history expected of them, per movie, shrunk towards the whole day's level (a
/// film can open strong or fade). Without a history the day's own strata stand in, as for any unread show, and the
/// interval allows the shows still to come to be off by their own size. The 90 % interval adds, to the estimate's own,
/// each projected show's spread around its expectation (measured on today's started shows), each movie's level's
/// uncertainty, and how much today's level moved between the hours already played, all movies together and each
/// movie's (today's hours may not keep to the earlier days' shape).
/// </summary>
public sealed class DayProjection
{
    /// <summary>How many average shows' worth of the day's level a movie's own level is shrunk with.</summary>
    private const double LevelPrior = 4;

    /// <summary>Before any show of the day has been read: each show, and the day's level, may be off by about its size.</summary>
    private const double UnknownSpread = 1;

    private readonly StratifiedTotals _today;
    private readonly IReadOnlyDictionary<string, ReadShow> _read;
    private readonly DemandHistory? _history;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<string, Level> _movies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Admissions, double Seats, Level Level)> _toCome = new(StringComparer.Ordinal);
    private readonly Level _day;
    private readonly double _showSpread = UnknownSpread;
    private readonly double _shapeSpread;
    private readonly double _movieShapeSpread;

    /// <param name="population">The day's shows (the read ones that have started tell today's level).</param>
    /// <param name="read">The shows read, by showtime id.</param>
    /// <param name="today">The day's estimate from its readings.</param>
    /// <param name="history">What earlier days' readings say; null when there were none.</param>
    /// <param name="now">Shows starting after it are still to come.</param>
    public DayProjection(
        IReadOnlyList<SampledShowtime> population,
        IReadOnlyDictionary<string, ReadShow> read,
        StratifiedTotals today,
        DemandHistory? history,
        DateTimeOffset now)
    {
        _today = today;
        _read = read;
        _history = history;
        _now = now;
        _day = new Level();
        if (history is null)
        {
            return;
        }

        var played = population
            .Where(s => s.StartsAt <= now && read.ContainsKey(s.ShowtimeId))
            .Select(s => (Show: s, Sold: read[s.ShowtimeId].Admissions, Expected: history.Expected(s).Admissions))
            .Where(p => p.Expected > 0)
            .ToList();
        if (played.Count == 0)
        {
            _day.Settle(1, 0, UnknownSpread);
            ProjectToCome(population);
            return;
        }

        foreach (var (show, sold, expected) in played)
        {
            _day.Add(sold, expected);
            Get(show.MovieId).Add(sold, expected);
        }

        var dayLevel = _day.Sold / _day.Expected;
        var prior = LevelPrior * _day.Expected / played.Count;
        foreach (var movie in _movies.Values)
        {
            movie.Settle(dayLevel, prior, 0);
        }

        double squares = 0, fitted = 0;
        foreach (var (show, sold, expected) in played)
        {
            var projected = expected * _movies[show.MovieId].Value;
            squares += (sold - projected) * (sold - projected);
            fitted += projected * projected;
        }

        _showSpread = fitted > 0 ? squares / fitted : UnknownSpread;
        _day.Settle(dayLevel, 0, _showSpread);
        foreach (var movie in _movies.Values)
        {
            movie.Settle(dayLevel, prior, _showSpread, _day.RelativeVariance);
        }

        var levelled = played.Select(p => (p.Show, p.Sold, Projected: p.Expected * _movies[p.Show.MovieId].Value)).ToList();
        _shapeSpread = ShapeSpread(levelled, p => Stratum.HourOf(p.DisplayTime));
        _movieShapeSpread = ShapeSpread(levelled, p => (p.MovieId, Stratum.HourOf(p.DisplayTime)));
        ProjectToCome(population);
    }

    /// <summary>
    /// Each bookable show of the population still to come and not read with a growth to its start, projected once for
    /// every group asked.
    /// </summary>
    private void ProjectToCome(IReadOnlyList<SampledShowtime> population)
    {
        foreach (var show in population.Where(s => s.Bookable && UnsureToCome(s)))
        {
            _toCome.TryAdd(show.ShowtimeId, Project(show));
        }
    }

    /// <summary>The group's shows so far and by the end of the day.</summary>
    public ProjectedTotal Of(IEnumerable<SampledShowtime> shows)
    {
        var group = shows as IReadOnlyCollection<SampledShowtime> ?? shows.ToList();
        var soFar = _today.Of(group.Where(s => s.StartsAt <= _now));
        if (_history is null)
        {
            // The day's own strata know nothing of the hours not played yet: each ticket still to come may be off by about
            // its own size, all together; the interval never reaches below what the day has already sold, the total
            // without its unread shows to come at its own low bound.
            var total = _today.Of(group);
            var unsure = StratifiedTotals.Z90 * _today.Of(group.Where(UnsureToCome)).Admissions;
            var unread = _today.Of(group.Where(s => s.StartsAt > _now && !_read.ContainsKey(s.ShowtimeId))).Admissions;
            return new ProjectedTotal(soFar, Widened(total, 0, 0, 0, UnknownSpread * unsure * unsure, Math.Max(0, total.AdmissionsLow - unread)));
        }

        var known = new List<SampledShowtime>();
        double admissions = 0, gross = 0, seats = 0, showVariance = 0, soldAhead = 0;
        var byMovie = new Dictionary<Level, double>();
        foreach (var show in group)
        {
            var read = _read.GetValueOrDefault(show.ShowtimeId);
            if (!UnsureToCome(show) || (!show.Bookable && read is not null))
            {
                known.Add(show);
                continue;
            }

            if (!show.Bookable)
            {
                continue;
            }

            soldAhead += read?.Admissions ?? 0;
            var (projected, showSeats, level) = _toCome.TryGetValue(show.ShowtimeId, out var toCome) ? toCome : Project(show);
            admissions += projected;
            gross += projected * (show.PriceRupiah ?? 0);
            seats += showSeats;
            showVariance += projected * projected * _showSpread;
            byMovie[level] = byMovie.GetValueOrDefault(level) + projected;
        }

        var variance = showVariance + (admissions * admissions * _shapeSpread)
            + byMovie.Sum(m => m.Value * m.Value * (m.Key.RelativeVariance + _movieShapeSpread));
        // Shows read hours ahead have sold what they had then: the interval never reaches below it.
        var stands = _today.Of(known);
        return new ProjectedTotal(soFar, Widened(stands, admissions, gross, seats, StratifiedTotals.Z90 * StratifiedTotals.Z90 * variance, stands.AdmissionsLow + soldAhead));
    }

    /// <summary>
    /// A show still to come: what shows like it sold on the earlier days at today's level, its seats and that level. A
    /// show read hours ahead without a growth to carry it to the start ends with at least the tickets it had sold then.
    /// </summary>
    private (double Admissions, double Seats, Level Level) Project(SampledShowtime show)
    {
        var (expected, seats) = _history!.Expected(show);
        var level = _movies.GetValueOrDefault(show.MovieId) ?? _day;
        var soldAhead = _read.TryGetValue(show.ShowtimeId, out var read) ? read.Admissions : 0;
        // Whole tickets per show, so that every grouping of the same shows adds up to the same total.
        return (Math.Max(Math.Min(Math.Round(expected * level.Value), Math.Round(seats)), soldAhead), seats, level);
    }

    /// <summary>
    /// A show still to come that is not read, or read without a late-sales growth to carry its reading to the start (an
    /// operator's reading hours ahead counts only the tickets sold so far).
    /// </summary>
    private bool UnsureToCome(SampledShowtime show) =>
        show.StartsAt > _now && (!_read.TryGetValue(show.ShowtimeId, out var read) || read.ScaledBy is null);

    /// <summary>
    /// <paramref name="stands"/> with the shows to come added (their admissions, gross and seats) and its interval
    /// widened on both sides by <paramref name="variance"/> (in squared tickets), the low end never below
    /// <paramref name="floor"/>.
    /// </summary>
    private static GroupTotal Widened(GroupTotal stands, double admissions, double gross, double seats, double variance, double floor)
    {
        var total = stands.Admissions + admissions;
        var low = Math.Max(floor, total - Math.Sqrt(Square(stands.Admissions - stands.AdmissionsLow) + variance));
        var high = total + Math.Sqrt(Square(stands.AdmissionsHigh - stands.Admissions) + variance);
        var totalGross = stands.Gross + gross;
        return new GroupTotal(
            total, low, high, totalGross,
            total > 0 ? totalGross * low / total : 0,
            total > 0 ? totalGross * high / total : 0,
            stands.Capacity + seats,
            stands.Read);
    }

    /// <summary>
    /// How much today's level differed between the hours already played (all movies together, or each movie's hours),
    /// beyond what each show's own spread explains: the part of the day still to come may differ as much.
    /// </summary>
    private double ShapeSpread<TKey>(IReadOnlyList<(SampledShowtime Show, double Sold, double Projected)> played, Func<SampledShowtime, TKey> hourOf)
    {
        double weighted = 0, weights = 0;
        foreach (var hour in played.GroupBy(p => hourOf(p.Show)))
        {
            var projected = hour.Sum(p => p.Projected);
            if (projected <= 0)
            {
                continue;
            }

            var off = (hour.Sum(p => p.Sold) / projected) - 1;
            var noise = _showSpread * hour.Sum(p => p.Projected * p.Projected) / (projected * projected);
            weighted += projected * ((off * off) - noise);
            weights += projected;
        }

        return weights > 0 ? Math.Max(0, weighted / weights) : 0;
    }

    private Level Get(string movieId)
    {
        if (!_movies.TryGetValue(movieId, out var level))
        {
            level = new Level();
            _movies[movieId] = level;
        }

        return level;
    }

    private static double Square(double value) => value * value;

    /// <summary>
    /// How a movie (or the whole day) sells today against what the history expected of the same shows, shrunk towards
    /// the day's, and the relative variance of that level.
    /// </summary>
    private sealed class Level
    {
        private double _expectedSquares;

        public double Sold { get; private set; }

        public double Expected { get; private set; }

        public double Value { get; private set; } = 1;

        public double RelativeVariance { get; private set; }

        public void Add(double sold, double expected)
        {
            Sold += sold;
            Expected += expected;
            _expectedSquares += expected * expected;
        }

        /// <summary>The level shrunk with <paramref name="prior"/> expected tickets' worth of <paramref name="towards"/>.</summary>
        public void Settle(double towards, double prior, double showSpread, double towardsVariance = 0)
        {
            var weight = Expected + prior;
            Value = weight > 0 ? (Sold + (prior * towards)) / weight : towards;
            var shrink = weight > 0 ? prior / weight : 1;
            RelativeVariance = weight > 0
                ? (showSpread * _expectedSquares / (weight * weight)) + (shrink * shrink * towardsVariance)
                : showSpread + towardsVariance;
        }
    }
}
