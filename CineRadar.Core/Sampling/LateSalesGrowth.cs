namespace CineRadar.Core.Sampling;

/// <summary>
/// How many tickets sell after each kind of reading, measured on the calibration shows (those with an earlier, a final
/// and a close reading, not locked). On their sums the sales are carried from the close readings on to the start at the
/// pace the close readings show; a kind's growth is that start figure over the kind's sum. Working on sums keeps the noise of small shows out. <see cref="Resample"/> measures the
/// same on calibration shows drawn again with replacement, which is how uncertain the growth is.
/// </summary>
public static class LateSalesGrowth
{
    /// <summary>The kind before the final one whose pace shows how sales speed up towards the start.</summary>
    public const string EarlierKind = "t40";

    /// <summary>The shows that calibrate the growth.</summary>
    public static IReadOnlyList<ShowReadings> Calibration(IEnumerable<ShowReadings> readings) =>
        readings
            .Where(r => !r.Locked && r.Of(SampleKinds.Close) is not null && r.Of(SampleKinds.Final) is not null && r.Of(EarlierKind) is not null)
            .ToList();

    /// <summary>Sold seats at the start over sold seats at each kind of reading; empty when nothing calibrates it.</summary>
    public static Dictionary<string, double> Measure(IReadOnlyList<ShowReadings> calibration)
    {
        if (calibration.Count == 0 || Carry(calibration) is not { } closeGrowth)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var growth = new Dictionary<string, double>(StringComparer.Ordinal) { [SampleKinds.Close] = closeGrowth };
        foreach (var kind in calibration.SelectMany(r => r.Good).Select(r => r.Kind).Distinct().Where(IsScaled))
        {
            var atKind = 0.0;
            var atClose = 0.0;
            foreach (var show in calibration.Where(r => r.Of(kind) is not null))
            {
                atKind += show.SoldAt(kind);
                atClose += show.SoldAt(SampleKinds.Close);
            }

            if (atKind > 0)
            {
                growth[kind] = atClose * closeGrowth / atKind;
            }
        }

        return growth;
    }

    /// <summary>The growth measured again on <paramref name="count"/> resamples of the calibration shows, drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<Dictionary<string, double>> Resample(IReadOnlyList<ShowReadings> calibration, int count, int seed)
    {
        var random = new Random(seed);
        var resamples = new List<Dictionary<string, double>>(count);
        var drawn = new ShowReadings[calibration.Count];
        for (var i = 0; i < count && calibration.Count > 1; i++)
        {
            for (var j = 0; j < drawn.Length; j++)
            {
                drawn[j] = calibration[random.Next(calibration.Count)];
            }

            resamples.Add(Measure(drawn));
        }

        return resamples;
    }

    private static bool IsScaled(string kind) => kind is not (SampleKinds.Close or SampleKinds.Adhoc or SampleKinds.Visitor);

    /// <summary>Close readings spread over fewer minutes than this cannot show the pace near the start.</summary>
    private const double LeastSpreadMinutes = 0.25;

    private const int FewestForPace = 10;

    /// <summary>
    /// The growth from the close readings to the start, on the sums of the calibration shows. The close readings open at
    /// different minutes of their window (<see cref="PlannedSample"/>), so how much more each has sold than its final
    /// reading, against how close to the start it was taken, is the pace of sales in the last minutes (a weighted line
    /// through them; the final readings' sold seats are the weights and the unit). That pace is carried over each close
    /// reading's minutes to the start. Without that spread, the slower of the pace between the final and the close
    /// readings and the pace before the final one is carried, over the close readings' mean minutes: how sales end
    /// differs too much between days and markets (a last-minute rush, walk-ins) to let a rising pace run on. Null when
    /// the sums show no sales.
    /// </summary>
    private static double? Carry(IReadOnlyList<ShowReadings> calibration)
    {
        (double Sold, double Before) Sum(string kind) => (
            calibration.Sum(r => r.SoldAt(kind)),
            calibration.Average(r => MinutesBefore(r.Of(kind)!)));
        var earlier = Sum(EarlierKind);
        var final = Sum(SampleKinds.Final);
        var close = Sum(SampleKinds.Close);
        if (close.Sold <= 0 || earlier.Before <= final.Before || final.Before <= close.Before)
        {
            return null;
        }

        if (PaceNearTheStart(calibration) is { } pace)
        {
            var tail = calibration.Sum(r => pace * r.SoldAt(SampleKinds.Final) * MinutesBefore(r.Of(SampleKinds.Close)!));
            return (close.Sold + tail) / close.Sold;
        }

        var earlierPace = (final.Sold - earlier.Sold) / (earlier.Before - final.Before);
        var lastPace = (close.Sold - final.Sold) / (final.Before - close.Before);
        return (close.Sold + (Math.Max(0, Math.Min(lastPace, earlierPace)) * close.Before)) / close.Sold;
    }

    /// <summary>Tickets sold per minute near the start per ticket sold at the final reading; null when the close readings do not spread.</summary>
    private static double? PaceNearTheStart(IReadOnlyList<ShowReadings> calibration)
    {
        double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
        var points = 0;
        foreach (var show in calibration)
        {
            var final = show.SoldAt(SampleKinds.Final);
            if (final <= 0)
            {
                continue;
            }

            var x = MinutesBefore(show.Of(SampleKinds.Close)!);
            var y = show.SoldAt(SampleKinds.Close) / final;
            sw += final;
            swx += final * x;
            swy += final * y;
            swxx += final * x * x;
            swxy += final * x * y;
            points++;
        }

        var variance = points > 0 ? (swxx / sw) - Math.Pow(swx / sw, 2) : 0;
        if (points < FewestForPace || variance < LeastSpreadMinutes * LeastSpreadMinutes)
        {
            return null;
        }

        var slope = ((sw * swxy) - (swx * swy)) / ((sw * swxx) - (swx * swx));
        return Math.Max(0, -slope);
    }

    private static double MinutesBefore(Stores.SeatSampleSummary reading) => (reading.StartsAt - reading.SampledAt).TotalMinutes;
}
