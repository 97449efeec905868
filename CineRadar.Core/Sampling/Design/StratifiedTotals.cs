namespace CineRadar.Core.Sampling.Design;

/// <summary>A group's estimated admissions and gross (read shows plus the unread ones estimated), with 90 % intervals.</summary>
public sealed record GroupTotal(
    double Admissions,
    double AdmissionsLow,
    double AdmissionsHigh,
    double Gross,
    double GrossLow,
    double GrossHigh,
    double Capacity,
    int Read);

/// <summary>
/// Totals over any group of shows (a movie, theatre, city, region, chain) from the shows read under the stratified
/// design. An unread show is estimated as its stratum's mean (movie x chain x part of day; a wider group's when its own
/// has none read) times its theatre's ratio: how the theatre's read shows sold against their strata's means, shrunk
/// towards its city's ratio, which is shrunk towards one. The ratios carry what the strata cannot: a city's appetite,
/// a theatre's rooms. For whole strata this is the design's expansion estimator, and it keeps small groups (a city, a
/// theatre) from taking the national mean of their strata. The 90 % interval adds the variances of the unread shows
/// (each differs from its estimate by its stratum's relative spread, and the stratum mean and the theatre ratio are
/// themselves uncertain), the read shows' late sales, and the late-sales growth's (from resampling its calibration
/// shows), which moves every scaled reading of a kind together.
/// </summary>
public sealed class StratifiedTotals
{
    /// <summary>The normal quantile of a two-sided 90 % interval.</summary>
    public const double Z90 = 1.6449;

    /// <summary>How many average shows' worth of "as expected" a city's or theatre's ratio is shrunk with.</summary>
    private const double RatioPrior = 4;

    /// <summary>How many shows' worth of the pooled spread a stratum's own spread is blended with.</summary>
    private const double PooledWeight = 3;

    private const int Rounds = 3;

    private const int HourLevel = 6;

    /// <summary>How much more an unread show may differ from a wider group's rate than from its own stratum's.</summary>
    private const double StandInSpread = 2;

    private readonly IReadOnlyDictionary<string, ReadShow> _read;
    private readonly IReadOnlyDictionary<string, double> _growth;
    private readonly IReadOnlyList<Dictionary<string, double>> _resampledGrowth;
    private readonly Dictionary<object, Cell> _cells = [];
    private readonly Dictionary<string, (Cell Cell, Ratio? Ratio, double Seats, double Expected)> _imputed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Ratio> _cities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Ratio> _theatres = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), Mean> _roomSeats = [];
    private readonly Dictionary<(string, string), Mean> _chainRoomSeats = [];
    private readonly Dictionary<string, Mean> _chainSeats = new(StringComparer.Ordinal);
    private readonly Mean _seats = new();
    private readonly double _pooledSpread;
    private readonly double _unplacedBlockedShare;
    private readonly double _inflation;

    /// <param name="population">The day's shows (only the read ones tell anything here).</param>
    /// <param name="read">The shows read, by showtime id.</param>
    /// <param name="growth">Late-sales growth per reading kind.</param>
    /// <param name="resampledGrowth">The growth measured on resampled calibration shows.</param>
    /// <param name="unplacedBlockedShare">
    /// The share of seats that may be blocked beyond what the room rule took out (<see cref="LoneBlockedSeats"/>): they
    /// may have been counted as sold, so the interval reaches that much lower, in proportion to the group's seats.
    /// </param>
    public StratifiedTotals(
        IReadOnlyList<SampledShowtime> population,
        IReadOnlyDictionary<string, ReadShow> read,
        IReadOnlyDictionary<string, double> growth,
        IReadOnlyList<Dictionary<string, double>> resampledGrowth,
        double unplacedBlockedShare = 0)
    {
        _unplacedBlockedShare = unplacedBlockedShare;
        _read = read;
        _growth = growth;
        _resampledGrowth = resampledGrowth;
        var shows = population.Where(s => read.ContainsKey(s.ShowtimeId)).Select(s => (Show: s, Read: read[s.ShowtimeId], Cells: CellsOf(s, add: true))).ToList();
        foreach (var (show, shown, cells) in shows)
        {
            foreach (var cell in cells)
            {
                cell.Add(shown);
            }

            var chain = Stratum.Of(show).Chain;
            Get(_roomSeats, (show.TheatreId, show.RoomCategory)).Add(shown.Capacity);
            Get(_chainRoomSeats, (chain, show.RoomCategory)).Add(shown.Capacity);
            Get(_chainSeats, chain).Add(shown.Capacity);
            _seats.Add(shown.Capacity);
        }

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var cell in _cells.Values)
            {
                cell.ResetExpected();
            }

            foreach (var (show, shown, cells) in shows)
            {
                var ratio = TheatreRatio(show) * shown.Capacity;
                foreach (var cell in cells)
                {
                    cell.AddExpected(ratio);
                }
            }

            var mean = shows.Count > 0 ? shows.Average(s => s.Read.Admissions) : 0;
            _cities.Clear();
            _theatres.Clear();
            foreach (var (show, shown, cells) in shows)
            {
                var expected = cells[0].Mean * shown.Capacity;
                Get(_cities, show.CityId).Add(shown.Admissions, expected);
                Get(_theatres, show.TheatreId).Add(shown.Admissions, expected);
            }

            foreach (var (show, _, _) in shows)
            {
                var city = _cities[show.CityId];
                city.Settle(mean, 1);
                _theatres[show.TheatreId].Settle(mean, city.Value);
            }
        }

        foreach (var (show, shown, cells) in shows)
        {
            var fitted = Math.Max(1, cells[0].Mean * shown.Capacity * TheatreRatio(show));
            var relative = (shown.Admissions - fitted) / fitted;
            cells[0].AddResidual(relative * relative);
            cells[1].AddResidual(relative * relative);
        }

        // Residuals come from the fit they measure: each stratum's rate and each theatre's ratio took a degree of freedom.
        var strata = _cells.Values.Where(c => c.Level == 0 && c.Count > 0).ToList();
        var degrees = shows.Count - strata.Count - _theatres.Count;
        _pooledSpread = degrees > 0 ? strata.Sum(c => c.Residuals) / degrees : 1.0;
        _inflation = degrees > 0 ? (double)shows.Count / degrees : 1.0;
        foreach (var show in population)
        {
            if (show.Bookable && !read.ContainsKey(show.ShowtimeId) && Estimate(show) is { } imputed)
            {
                _imputed.TryAdd(show.ShowtimeId, imputed);
            }
        }
    }

    /// <summary>The total of a group's shows: those read, and the bookable ones not read.</summary>
    public GroupTotal Of(IEnumerable<SampledShowtime> shows)
    {
        double admissions = 0, gross = 0, capacity = 0, variance = 0;
        var read = 0;
        var byCell = new Dictionary<Cell, double>();
        var byTheatre = new Dictionary<Ratio, double>();
        var scaledSold = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var show in shows)
        {
            if (_read.TryGetValue(show.ShowtimeId, out var shown))
            {
                admissions += shown.Admissions;
                gross += shown.Admissions * shown.Price;
                capacity += shown.Capacity;
                variance += shown.Variance;
                read++;
                if (shown.ScaledBy is { } kind)
                {
                    scaledSold[kind] = scaledSold.GetValueOrDefault(kind) + shown.Sold;
                }

                continue;
            }

            if (!show.Bookable || Impute(show) is not var (cell, ratio, seats, expected))
            {
                continue;
            }

            // Whole tickets per show, so that every grouping of the same shows adds up to the same total.
            var estimate = Math.Round(expected);
            admissions += estimate;
            gross += estimate * (show.PriceRupiah ?? 0);
            capacity += seats;
            var spread = Spread(cell);
            variance += estimate * estimate * spread;
            byCell[cell] = byCell.GetValueOrDefault(cell) + estimate;
            if (ratio is not null)
            {
                byTheatre[ratio] = byTheatre.GetValueOrDefault(ratio) + estimate;
            }
            else if (_cities.GetValueOrDefault(show.CityId) is { } city)
            {
                byTheatre[city] = byTheatre.GetValueOrDefault(city) + estimate;
            }

            foreach (var (kind, sold) in cell.ScaledSold)
            {
                scaledSold[kind] = scaledSold.GetValueOrDefault(kind) + (sold * estimate / Math.Max(1, cell.Sum));
            }
        }

        foreach (var (cell, estimated) in byCell)
        {
            variance += estimated * estimated * Spread(cell) / cell.Count;
        }

        foreach (var (ratio, estimated) in byTheatre)
        {
            variance += estimated * estimated * _pooledSpread / (ratio.Shows + RatioPrior);
        }

        var half = Z90 * Math.Sqrt(variance + GrowthVariance(scaledSold));
        var low = Math.Max(0, admissions - half - (_unplacedBlockedShare * capacity));
        var high = admissions + half;
        return new GroupTotal(
            admissions, low, high, gross,
            admissions > 0 ? gross * low / admissions : 0,
            admissions > 0 ? gross * high / admissions : 0,
            capacity, read);
    }

    /// <summary>
    /// What a show not read would be expected to sell (not rounded) and the seats it is expected to have; null when no
    /// show was read at all. The show is taken as bookable whatever it says.
    /// </summary>
    public (double Admissions, double Seats)? Expected(SampledShowtime show) =>
        Impute(show) is var (_, _, seats, expected) ? (expected, seats) : null;

    /// <summary>An unread show's estimate: worked out once in the constructor for the population's, on demand for others.</summary>
    private (Cell Cell, Ratio? Ratio, double Seats, double Expected)? Impute(SampledShowtime show) =>
        _imputed.TryGetValue(show.ShowtimeId, out var imputed) ? imputed : Estimate(show);

    private (Cell Cell, Ratio? Ratio, double Seats, double Expected)? Estimate(SampledShowtime show)
    {
        if (StandIn(show) is not var (cell, hourFactor))
        {
            return null;
        }

        var ratio = TheatreRatioOrNull(show);
        var seats = Seats(show);
        return (cell, ratio, seats, cell.Mean * hourFactor * seats * (ratio?.Value ?? CityRatio(show)));
    }

    /// <summary>
    /// The shows an unread one is estimated from, narrowest first: its movie and chain in its hour (the design's stratum
    /// cut by the hour: a replan can change how many shows of a stratum are read between its early and its late shows,
    /// and later shows sell more), its stratum, its movie and chain, its movie, its chain in its part of the day, all
    /// shows; then every movie's shows in its hour, its part of the day and the whole day, which bring a wider group to
    /// the show's hour.
    /// </summary>
    /// <param name="add">
    /// Whether missing cells are added (while the read shows are taken in); otherwise a missing one is an empty cell
    /// left out of the totals, so that estimating never changes them and one instance serves readers on many threads.
    /// </param>
    private Cell[] CellsOf(SampledShowtime show, bool add)
    {
        var stratum = Stratum.Of(show);
        var hour = Stratum.HourOf(show.DisplayTime);
        return
        [
            Get((stratum, hour), 0), Get(stratum, 1), Get((stratum.MovieId, stratum.Chain), 2),
            Get(stratum.MovieId, 3), Get((stratum.Chain, stratum.Part), 4), Get("all", 5),
            Get(("hour", hour), HourLevel), Get(("part", stratum.Part), HourLevel + 1), Get("day", HourLevel + 2),
        ];

        Cell Get(object key, int level) =>
            _cells.TryGetValue(key, out var cell) ? cell : add ? _cells[key] = new Cell(level) : new Cell(level);
    }

    /// <summary>The seats an unread show is expected to have: those its theatre's room category showed, else its chain's.</summary>
    private double Seats(SampledShowtime show)
    {
        var chain = Stratum.Of(show).Chain;
        return (_roomSeats.GetValueOrDefault((show.TheatreId, show.RoomCategory))
                ?? _chainRoomSeats.GetValueOrDefault((chain, show.RoomCategory))
                ?? _chainSeats.GetValueOrDefault(chain)
                ?? _seats).Value;
    }

    /// <summary>
    /// The read shows that stand for an unread one, and the factor that brings them to its hour: a group spanning a part
    /// of the day or the whole day is scaled by every movie's rate in the show's hour over their rate in that span.
    /// </summary>
    private (Cell Cell, double HourFactor)? StandIn(SampledShowtime show)
    {
        var cells = CellsOf(show, add: false);
        if (cells.FirstOrDefault(c => c.Level < HourLevel && c.Count > 0) is not { } cell)
        {
            return null;
        }

        var (hour, part, day) = (cells[HourLevel], cells[HourLevel + 1], cells[HourLevel + 2]);
        var span = cell.Level switch
        {
            0 => null,
            1 or 4 => part,
            _ => day,
        };
        return (cell, span is not null && hour.Count > 0 && span.Mean > 0 ? hour.Mean / span.Mean : 1);
    }

    private double TheatreRatio(SampledShowtime show) => TheatreRatioOrNull(show)?.Value ?? CityRatio(show);

    private Ratio? TheatreRatioOrNull(SampledShowtime show) => _theatres.GetValueOrDefault(show.TheatreId);

    private double CityRatio(SampledShowtime show) => _cities.GetValueOrDefault(show.CityId)?.Value ?? 1;

    /// <summary>A stratum's relative variance per show, blended with the pooled one so that few reads do not pass for certainty.</summary>
    private double Spread(Cell cell)
    {
        if (cell.Level > 1)
        {
            // A wider group stands in for a stratum it does not quite match.
            return _pooledSpread * StandInSpread;
        }

        var own = cell.Count - 1;
        return ((cell.Residuals * _inflation) + (PooledWeight * _pooledSpread)) / (own + PooledWeight);
    }

    /// <summary>The variance the growth's uncertainty puts on a total whose scaled readings sum to <paramref name="scaledSold"/> per kind.</summary>
    private double GrowthVariance(Dictionary<string, double> scaledSold)
    {
        if (_resampledGrowth.Count < 2 || scaledSold.Count == 0)
        {
            return 0;
        }

        double sum = 0, sumOfSquares = 0;
        foreach (var resample in _resampledGrowth)
        {
            var shift = 0.0;
            foreach (var (kind, sold) in scaledSold)
            {
                if (_growth.TryGetValue(kind, out var growth))
                {
                    shift += (resample.GetValueOrDefault(kind, growth) - growth) * sold;
                }
            }

            sum += shift;
            sumOfSquares += shift * shift;
        }

        var mean = sum / _resampledGrowth.Count;
        return Math.Max(0, (sumOfSquares / _resampledGrowth.Count) - (mean * mean));
    }

    private static Mean Get<TKey>(Dictionary<TKey, Mean> means, TKey key)
        where TKey : notnull
    {
        if (!means.TryGetValue(key, out var mean))
        {
            mean = new Mean();
            means[key] = mean;
        }

        return mean;
    }

    private static Ratio Get(Dictionary<string, Ratio> ratios, string key)
    {
        if (!ratios.TryGetValue(key, out var ratio))
        {
            ratio = new Ratio();
            ratios[key] = ratio;
        }

        return ratio;
    }

    /// <summary>
    /// The read shows of a stratum (level 0) or of a wider group: their admissions, and how many shows' worth of the
    /// stratum mean they stand for once their theatres' ratios are taken out (so the mean is that of an average theatre).
    /// </summary>
    private sealed class Cell(int level)
    {
        private double _expected;

        public int Level => level;

        public int Count { get; private set; }

        public double Sum { get; private set; }

        public double Residuals { get; private set; }

        public Dictionary<string, double> ScaledSold { get; } = new(StringComparer.Ordinal);

        /// <summary>Admissions per seat of an average theatre.</summary>
        public double Mean => _expected > 0 ? Sum / _expected : 0;

        public void Add(ReadShow show)
        {
            Count++;
            Sum += show.Admissions;
            if (show.ScaledBy is { } kind)
            {
                ScaledSold[kind] = ScaledSold.GetValueOrDefault(kind) + show.Sold;
            }
        }

        public void ResetExpected() => _expected = 0;

        public void AddExpected(double ratio) => _expected += ratio;

        public void AddResidual(double square) => Residuals += square;
    }

    private sealed class Mean
    {
        private double _sum;
        private int _count;

        public double Value => _count > 0 ? _sum / _count : 0;

        public void Add(double value)
        {
            _sum += value;
            _count++;
        }
    }

    /// <summary>A city's or theatre's ratio of what its read shows sold to what their strata expected, shrunk towards a prior.</summary>
    private sealed class Ratio
    {
        private double _sold;
        private double _expected;

        public int Shows { get; private set; }

        public double Value { get; private set; } = 1;

        public void Add(double sold, double expected)
        {
            Shows++;
            _sold += sold;
            _expected += expected;
        }

        public void Settle(double meanShow, double prior) =>
            Value = (_sold + (RatioPrior * meanShow * prior)) / (_expected + (RatioPrior * meanShow));
    }
}
