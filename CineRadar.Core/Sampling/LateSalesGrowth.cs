namespace CineRadar.Core.Sampling;

/// <summary>
/// How many tickets sell after each kind of reading, measured on the calibration shows (those with an earlier, a final
/// and a close reading, not locked). On their sums the national sales curve (the pace between the final and the close
/// reading, and how that pace rose since the earlier one) is carried on to the start; a kind's growth is that start
/// figure over the kind's sum. Working on sums keeps the noise of small shows out. <see cref="Resample"/> measures the
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

    /// <summary>
    /// The growth from the close readings to the start, on the sums of the calibration shows: the pace between the
    /// final and the close reading, raised by how much it rose since the earlier reading (paces belong to the middle of
    /// their spans), carried over the minutes left after the close reading. Null when the sums show no sales.
    /// </summary>
    private static double? Carry(IReadOnlyList<ShowReadings> calibration)
    {
        (double Sold, double Before) Sum(string kind) => (
            calibration.Sum(r => r.SoldAt(kind)),
            calibration.Average(r => (r.Of(kind)!.StartsAt - r.Of(kind)!.SampledAt).TotalMinutes));
        var earlier = Sum(EarlierKind);
        var final = Sum(SampleKinds.Final);
        var close = Sum(SampleKinds.Close);
        if (close.Sold <= 0 || earlier.Before <= final.Before || final.Before <= close.Before)
        {
            return null;
        }

        var earlierPace = (final.Sold - earlier.Sold) / (earlier.Before - final.Before);
        var pace = (close.Sold - final.Sold) / (final.Before - close.Before);
        var rise = (pace - earlierPace) / (((earlier.Before + final.Before) / 2) - ((final.Before + close.Before) / 2));
        var carried = Math.Max(pace, pace + (rise * (((final.Before + close.Before) / 2) - (close.Before / 2))));
        return (close.Sold + (Math.Max(0, carried) * close.Before)) / close.Sold;
    }
}
