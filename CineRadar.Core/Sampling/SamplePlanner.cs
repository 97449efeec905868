using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CineRadar.Core.Sampling;

/// <summary>
/// One sample to take: which showtime, which kind, and its window. A spare sample is taken only while no other sample is
/// due, and dropping it is no miss.
/// </summary>
public sealed record PlannedSample(SampledShowtime Showtime, SampleKind Kind, bool Spare = false)
{
    public DateTimeOffset OpensAt => Kind.OpensAt(Showtime.StartsAt);

    public DateTimeOffset Deadline => Kind.Deadline(Showtime.StartsAt);

    public string DocumentId => $"{Showtime.ShowtimeId}_{Kind.Name}";
}

/// <summary>
/// Lists the samples a day wants: every kind for every showtime that was bookable when it was planned, plus the close
/// kind for a fixed share of showtimes (chosen by their id, so a replan chooses the same ones) and, with
/// <c>spareClose</c>, a spare close reading for every other showtime. A showtime that later turns unbookable (sold
/// out) keeps its plan; samples already stored, or whose window has passed, are left out.
/// </summary>
public static class SamplePlanner
{
    public static IReadOnlyList<PlannedSample> Plan(
        IEnumerable<SampledShowtime> showtimes,
        IReadOnlyList<SampleKind> kinds,
        double closeShare,
        bool spareClose,
        DateTimeOffset now,
        IReadOnlySet<string> alreadyTaken)
    {
        var plan = new List<PlannedSample>();
        foreach (var showtime in showtimes.Where(s => s.Bookable))
        {
            var wanted = kinds.Select(kind => new PlannedSample(showtime, kind));
            var calibration = IsCalibration(showtime.ShowtimeId, closeShare);
            if (calibration || spareClose)
            {
                wanted = wanted.Append(new PlannedSample(showtime, SampleKinds.CloseKind, Spare: !calibration));
            }

            plan.AddRange(wanted.Where(p => p.Deadline > now && !alreadyTaken.Contains(p.DocumentId)));
        }

        return plan;
    }

    /// <summary>Whether a showtime is one of the share that also gets a close sample (stable for its id).</summary>
    public static bool IsCalibration(string showtimeId, double share)
    {
        if (share <= 0)
        {
            return false;
        }

        var hash = BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(showtimeId)));
        return hash % 10_000 < share * 10_000;
    }
}
