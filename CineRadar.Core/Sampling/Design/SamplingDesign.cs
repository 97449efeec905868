using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CineRadar.Core.Sampling.Design;

/// <summary>What the design asks of each show, and the reads it expects to spend.</summary>
/// <param name="Census">Whether every show gets every kind (the reads allowed cover it).</param>
/// <param name="Chosen">The shows to read, by showtime id.</param>
/// <param name="Strata">Per stratum: its open shows and how many of them are read.</param>
public sealed record DesignPlan(
    bool Census,
    IReadOnlySet<string> Chosen,
    IReadOnlyDictionary<Stratum, (int Shows, int Chosen)> Strata,
    double ExpectedReads);

/// <summary>
/// The stratified sampling design, for when the reads left today cannot cover every kind for every show still to read
/// (then every show is read as before: a census). Each chosen show gets the design's fewer kinds (a reading before TIX
/// may lock the house and the final one), and the shows to read are chosen per stratum (movie x chain x part of day): the reads
/// are shared out in proportion to the stratum's shows times their expected admissions (Neyman allocation, taking a
/// show's spread to grow with its size), at least <see cref="MinimumPerStratum"/> per stratum, and within a stratum the
/// shows come in the order of a hash of their id, so the choice is random with respect to their sales, stable across
/// replans, and each stratum's inclusion probability is its chosen over its shows. Shows with a reading taken already
/// stay chosen. The plan is made again through the day with the reads left and the heat the readings show.
/// </summary>
public static class SamplingDesign
{
    /// <summary>Reads per stratum before any is shared by heat, so that each stratum's spread can be measured.</summary>
    public const int MinimumPerStratum = 2;

    /// <summary>Every open show read with every kind.</summary>
    public static DesignPlan Census(IReadOnlyList<SampledShowtime> open, double reads) =>
        new(true, open.Select(s => s.ShowtimeId).ToHashSet(StringComparer.Ordinal),
            open.GroupBy(Stratum.Of).ToDictionary(g => g.Key, g => (g.Count(), g.Count())), reads);

    /// <param name="open">The shows with samples still to take.</param>
    /// <param name="readsLeft">The design's reads left today.</param>
    /// <param name="sampledCost">What a show still costs under the design's kinds.</param>
    /// <param name="started">Shows that have a reading already: they stay chosen.</param>
    /// <param name="heat">Expected admissions of a show of the stratum (any positive scale).</param>
    public static DesignPlan Choose(
        IReadOnlyList<SampledShowtime> open,
        double readsLeft,
        Func<SampledShowtime, double> sampledCost,
        IReadOnlySet<string> started,
        Func<Stratum, double> heat)
    {
        var strata = open.GroupBy(Stratum.Of).ToDictionary(g => g.Key, g => g.OrderBy(s => Rank(s.ShowtimeId)).ToList());
        var chosen = open.Where(s => started.Contains(s.ShowtimeId)).Select(s => s.ShowtimeId).ToHashSet(StringComparer.Ordinal);
        var budget = readsLeft - open.Where(s => chosen.Contains(s.ShowtimeId)).Sum(sampledCost);
        var fresh = strata.ToDictionary(s => s.Key, s => s.Value.Where(show => !chosen.Contains(show.ShowtimeId)).ToList());
        var perShow = fresh.Values.SelectMany(f => f).Select(sampledCost).DefaultIfEmpty(1).Average();
        var counts = Allocate(fresh, Math.Max(0, (int)Math.Floor(budget / Math.Max(perShow, 1e-9))), heat);
        foreach (var (stratum, shows) in fresh)
        {
            chosen.UnionWith(shows.Take(counts[stratum]).Select(s => s.ShowtimeId));
        }

        return new DesignPlan(
            false, chosen,
            strata.ToDictionary(s => s.Key, s => (s.Value.Count, s.Value.Count(show => chosen.Contains(show.ShowtimeId)))),
            open.Where(s => chosen.Contains(s.ShowtimeId)).Sum(sampledCost));
    }

    /// <summary>
    /// Shares <paramref name="total"/> shows out over the strata: the minimum first (fewest-shows strata last when even
    /// that cannot be paid), then in proportion to shows times heat, never more than a stratum has.
    /// </summary>
    public static Dictionary<Stratum, int> Allocate(IReadOnlyDictionary<Stratum, List<SampledShowtime>> strata, int total, Func<Stratum, double> heat)
    {
        var counts = strata.ToDictionary(s => s.Key, _ => 0);
        var left = total;
        foreach (var (stratum, shows) in strata.OrderByDescending(s => s.Value.Count * heat(s.Key)))
        {
            var minimum = Math.Min(Math.Min(MinimumPerStratum, shows.Count), left);
            counts[stratum] = minimum;
            left -= minimum;
        }

        var open = strata.Keys.Where(k => counts[k] < strata[k].Count).ToHashSet();
        while (left > 0 && open.Count > 0)
        {
            var weight = open.Sum(k => strata[k].Count * Math.Max(heat(k), 1e-6));
            var handed = 0;
            foreach (var stratum in open.ToList())
            {
                var share = (int)Math.Floor(left * strata[stratum].Count * Math.Max(heat(stratum), 1e-6) / weight);
                var room = strata[stratum].Count - counts[stratum];
                var given = Math.Min(share, room);
                counts[stratum] += given;
                handed += given;
                if (counts[stratum] >= strata[stratum].Count)
                {
                    open.Remove(stratum);
                }
            }

            left -= handed;
            if (handed == 0)
            {
                // Less than one show per stratum is left to share: the heaviest get one each.
                foreach (var stratum in open.OrderByDescending(k => strata[k].Count * heat(k)).Take(left))
                {
                    counts[stratum]++;
                }

                break;
            }
        }

        return counts;
    }

    /// <summary>A show's place in its stratum's order: a hash of its id, so it is stable and unrelated to its sales.</summary>
    public static uint Rank(string showtimeId) =>
        BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("design/" + showtimeId)));
}
