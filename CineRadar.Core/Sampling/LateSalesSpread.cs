namespace CineRadar.Core.Sampling;

/// <summary>
/// How much single shows differ from the late-sales growth: on the calibration shows, the tickets each kind of reading
/// scaled by its growth misses against the close reading scaled by its own, squared and summed, per sold seat at the
/// reading (sales after a reading vary about in proportion to what sold before it). The close reading's own spread is
/// not observed: it is the final reading's, shrunk by the share of late sales left after the close reading.
/// </summary>
public static class LateSalesSpread
{
    /// <summary>Variance per sold seat of a reading of each kind.</summary>
    public static Dictionary<string, double> Measure(IReadOnlyList<ShowReadings> calibration, IReadOnlyDictionary<string, double> growth)
    {
        var spread = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!growth.TryGetValue(SampleKinds.Close, out var closeGrowth))
        {
            return spread;
        }

        foreach (var (kind, kindGrowth) in growth.Where(g => g.Key != SampleKinds.Close))
        {
            double squares = 0, sold = 0;
            foreach (var show in calibration.Where(r => r.Of(kind) is not null))
            {
                var missed = (show.SoldAt(SampleKinds.Close) * closeGrowth) - (show.SoldAt(kind) * kindGrowth);
                squares += missed * missed;
                sold += show.SoldAt(kind);
            }

            if (sold > 0)
            {
                spread[kind] = squares / sold;
            }
        }

        if (spread.TryGetValue(SampleKinds.Final, out var final) && growth[SampleKinds.Final] > 1)
        {
            spread[SampleKinds.Close] = final * Math.Max(0, closeGrowth - 1) / (growth[SampleKinds.Final] - 1);
        }

        return spread;
    }
}
