using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CineRadar.Core.Sampling.Design;

namespace CineRadar.Core.Sampling;

/// <summary>
/// One sample to take: which showtime, which kind, and its window. A spare sample is taken only while no other sample is
/// due, and dropping it is no miss. A close reading opens later in its window by a share fixed for its showtime, so the
/// day's close readings spread over the last minutes and show the pace of sales right before the start.
/// </summary>
public sealed record PlannedSample(SampledShowtime Showtime, SampleKind Kind, bool Spare = false)
{
    public DateTimeOffset OpensAt => Kind.OpensAt(Showtime.StartsAt) + Spread;

    private TimeSpan Spread => Kind.Name == SampleKinds.Close
        ? (Kind.Opens - Kind.Closes) * 0.8 * (SamplePlanner.Rank("close/" + Showtime.ShowtimeId) % 1000 / 1000.0)
        : TimeSpan.Zero;

    public DateTimeOffset Deadline => Kind.Deadline(Showtime.StartsAt);

    public string DocumentId => $"{Showtime.ShowtimeId}_{Kind.Name}";
}

/// <summary>
/// What seat sampling wants of a show: every kind when the reads allow, otherwise the design's kinds (by name) for the
/// shows the design chooses; the close kind for a share of shows; spare close readings for the others when there is room.
/// </summary>
public sealed record SamplingRules(IReadOnlyList<SampleKind> Kinds, IReadOnlyList<string> DesignKinds, double CloseShare, bool SpareClose);

/// <summary>A date's samples to take and the design that chose them.</summary>
public sealed record SamplePlan(IReadOnlyList<PlannedSample> Samples, DesignPlan Design);

/// <summary>
/// Lists the samples a day wants. Without a limit on reads: every kind for every showtime that was bookable when it was
/// planned, plus the close kind for a fixed share of showtimes (chosen by their id, so a replan chooses the same ones)
/// and, with spare close readings on, a spare close reading for every other showtime. With the reads left today it
/// plans the same while they cover it (spare close readings only as far as the reads left over reach), and otherwise
/// the stratified design (<see cref="SamplingDesign"/>): the design's kinds for the shows it chooses, and the close
/// kind for the same share of them. A showtime that later turns unbookable (sold out) keeps its plan; samples already
/// stored, or whose window has passed, are left out.
/// </summary>
public static class SamplePlanner
{
    /// <summary>Every sample the showtimes want, with no limit on reads.</summary>
    public static IReadOnlyList<PlannedSample> Plan(
        IEnumerable<SampledShowtime> showtimes,
        IReadOnlyList<SampleKind> kinds,
        double closeShare,
        bool spareClose,
        DateTimeOffset now,
        IReadOnlySet<string> alreadyTaken) =>
        Plan(showtimes, new SamplingRules(kinds, [], closeShare, spareClose), now, alreadyTaken, readsLeft: null).Samples;

    /// <param name="readsLeft">The reads the day has left for these showtimes; null for no limit.</param>
    /// <param name="heat">Expected admissions of a show of a stratum (any positive scale); even when omitted.</param>
    public static SamplePlan Plan(
        IEnumerable<SampledShowtime> showtimes,
        SamplingRules rules,
        DateTimeOffset now,
        IReadOnlySet<string> alreadyTaken,
        double? readsLeft,
        Func<Stratum, double>? heat = null)
    {
        var designKinds = rules.Kinds.Where(k => rules.DesignKinds.Contains(k.Name)).ToList();
        var wanted = showtimes.Where(s => s.Bookable).Select(show =>
        {
            var calibration = IsCalibration(show.ShowtimeId, rules.CloseShare);
            var close = calibration ? (PlannedSample[])[new PlannedSample(show, SampleKinds.CloseKind)] : [];
            return (Show: show, Calibration: calibration,
                Census: Open(rules.Kinds.Select(kind => new PlannedSample(show, kind)).Concat(close)),
                Design: Open(designKinds.Select(kind => new PlannedSample(show, kind)).Concat(close)),
                Spare: calibration ? [] : Open([new PlannedSample(show, SampleKinds.CloseKind, Spare: true)]));
        }).Where(w => w.Census.Count > 0).ToList();
        var census = wanted.Sum(w => w.Census.Count);
        var started = alreadyTaken
            .Select(id => (Showtime: id[..Math.Max(0, id.LastIndexOf('_'))], Kind: id[(id.LastIndexOf('_') + 1)..]))
            .Where(t => t.Kind is not (SampleKinds.Adhoc or SampleKinds.Visitor))
            .Select(t => t.Showtime)
            .ToHashSet(StringComparer.Ordinal);
        var design = readsLeft is not { } left || designKinds.Count == 0 || census <= left
            ? SamplingDesign.Census(wanted.Select(w => w.Show).ToList(), census)
            : SamplingDesign.Choose(wanted.Select(w => w.Show).ToList(), left, Cost(wanted, w => w.Design), started, heat ?? (_ => 1));
        var plan = new List<PlannedSample>();
        if (design.Census)
        {
            var spares = wanted.Where(w => w.Spare.Count > 0).ToList();
            var room = readsLeft is { } reads ? Math.Max(0, reads - census) : double.PositiveInfinity;
            var spareShare = !rules.SpareClose || spares.Count == 0 ? 0 : Math.Min(1, room / spares.Count);
            foreach (var w in wanted)
            {
                plan.AddRange(w.Census);
                if (spareShare > 0 && IsCalibration("spare/" + w.Show.ShowtimeId, spareShare))
                {
                    plan.AddRange(w.Spare);
                }
            }
        }
        else
        {
            plan.AddRange(wanted.Where(w => design.Chosen.Contains(w.Show.ShowtimeId)).SelectMany(w => w.Design));
        }

        return new SamplePlan(plan, design);

        List<PlannedSample> Open(IEnumerable<PlannedSample> samples) =>
            samples.Where(p => p.Deadline > now && !alreadyTaken.Contains(p.DocumentId)).ToList();
    }

    private static Func<SampledShowtime, double> Cost<T>(IEnumerable<T> wanted, Func<T, List<PlannedSample>> samples)
        where T : struct
    {
        var costs = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in wanted)
        {
            var list = samples(w);
            if (list.Count > 0)
            {
                costs[list[0].Showtime.ShowtimeId] = list.Count;
            }
        }

        return show => costs.GetValueOrDefault(show.ShowtimeId);
    }

    /// <summary>Whether a showtime is one of the share that also gets a close sample (stable for its id).</summary>
    public static bool IsCalibration(string showtimeId, double share) => share > 0 && Rank(showtimeId) % 10_000 < share * 10_000;

    /// <summary>A stable number for a text, unrelated to anything a show sells.</summary>
    public static uint Rank(string text) => BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
