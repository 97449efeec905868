using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

/// <summary>
/// How a generated day changes during the day, as cinemas change theirs (<c>Sandbox:Changes</c>): extra shows, mostly
/// evening shows of hits, are announced; some shows move to another start; a few are cancelled. Each kind of change
/// draws from its own stream of (seed, date), so the generated day underneath is the same with changes on or off.
/// </summary>
internal static class DayChanges
{
    private static readonly TimeOnly FirstAnnouncementWib = new(7, 0);
    private static readonly TimeOnly FirstChangeWib = new(8, 0);
    private static readonly TimeSpan LongestAnnouncementLead = TimeSpan.FromHours(8);
    private static readonly TimeSpan ShortestAnnouncementLead = TimeSpan.FromHours(1);
    private static readonly TimeSpan ShortestMoveLead = TimeSpan.FromHours(1);
    private static readonly TimeSpan ShortestCancellationLead = TimeSpan.FromMinutes(30);
    private const int EarliestMovedStartHour = 11;
    private const double EveningShareOfAddedShows = 0.8;

    /// <summary>The day as it ends up: generated shows in their order (moved and cancelled ones in place), then the added shows.</summary>
    public static List<SandboxShowtime> Apply(World world, DateOnly date, List<SandboxShowtime> generated, SalesOptions sales, ChangesOptions changes)
    {
        var day = new List<SandboxShowtime>(generated);
        var moved = Move(world, date, day, sales, Target(changes.MovedShare, generated.Count));
        Cancel(world, date, day, moved, Target(changes.CancelledShare, generated.Count));
        day.AddRange(Added(world, date, generated, sales, Target(changes.AddedShare, generated.Count)));
        return day;
    }

    /// <summary>Moves shows starting at 11:00 local or later by 30 to 120 minutes (5-minute steps), within 10:00..23:45.</summary>
    private static HashSet<int> Move(World world, DateOnly date, List<SandboxShowtime> day, SalesOptions sales, int count)
    {
        var random = Stream(world, date, "moved");
        var firstChange = Wib(date, FirstChangeWib);
        var moved = new HashSet<int>();
        foreach (var index in Shuffled(random, day.Count))
        {
            if (moved.Count == count)
            {
                break;
            }

            var show = day[index];
            var start = LocalStart(show);
            if (start.Hour < EarliestMovedStartHour)
            {
                continue;
            }

            var shift = random.Between(6, 24) * 5 * (random.Chance(0.5) ? 1 : -1);
            var minutes = (start.Hour * 60) + start.Minute;
            var (first, last) = (ScheduleGenerator.FirstShow.ToTimeSpan().TotalMinutes, ScheduleGenerator.LastStart.ToTimeSpan().TotalMinutes);
            if (minutes + shift < first || minutes + shift > last)
            {
                shift = -shift;
            }

            var newStart = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Clamp(minutes + shift, first, last)));
            var rescheduled = ScheduleGenerator.Rescheduled(world, show, newStart, sales);
            // Never moved into the past: the move is known at least an hour before either start.
            var lastMove = (show.StartsAt < rescheduled.StartsAt ? show.StartsAt : rescheduled.StartsAt) - ShortestMoveLead;
            if (lastMove <= firstChange)
            {
                continue;
            }

            var before = new ShowtimeListing(show.StartsAt, show.DisplayTime, show.Price);
            day[index] = rescheduled with { Move = new ShowtimeMove(Between(random, firstChange, lastMove), before) };
            moved.Add(index);
        }

        return moved;
    }

    private static void Cancel(World world, DateOnly date, List<SandboxShowtime> day, HashSet<int> moved, int count)
    {
        var random = Stream(world, date, "cancelled");
        var firstChange = Wib(date, FirstChangeWib);
        var cancelled = 0;
        foreach (var index in Shuffled(random, day.Count))
        {
            if (cancelled == count)
            {
                break;
            }

            var show = day[index];
            var lastCancellation = show.StartsAt - ShortestCancellationLead;
            if (moved.Contains(index) || lastCancellation <= firstChange)
            {
                continue;
            }

            var at = Between(random, firstChange, lastCancellation);
            day[index] = show with { CancelledAt = at, Sales = show.Sales.CancelledAt(at) };
            cancelled++;
        }
    }

    /// <summary>
    /// Extra shows in busy theatres (a theatre is drawn as often as it has shows), of a movie weighted by popularity
    /// squared (hits get most of them), starting 13:00..23:30 local and mostly from 17:00.
    /// </summary>
    private static IEnumerable<SandboxShowtime> Added(World world, DateOnly date, List<SandboxShowtime> generated, SalesOptions sales, int count)
    {
        var random = Stream(world, date, "added");
        var firstAnnouncement = Wib(date, FirstAnnouncementWib);
        for (var i = 0; i < count; i++)
        {
            var theatre = generated[random.Between(0, generated.Count - 1)].Theatre;
            var room = random.Pick(theatre.Rooms);
            var movies = ScheduleGenerator.MoviesShownAt(world, theatre);
            var movie = movies[random.PickWeighted([.. movies.Select(m => m.Popularity * m.Popularity)])];
            var step = random.Chance(EveningShareOfAddedShows) ? random.Between(17 * 12, (23 * 12) + 6) : random.Between(13 * 12, (17 * 12) - 1);
            var start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(step * 5));
            var show = ScheduleGenerator.Showtime(world, date, theatre, room, movie, start, generated.Count + i, random.NextUInt64(), sales);
            var earliest = show.StartsAt - LongestAnnouncementLead;
            var from = earliest > firstAnnouncement ? earliest : firstAnnouncement;
            yield return show with { AnnouncedAt = Between(random, from, show.StartsAt - ShortestAnnouncementLead) };
        }
    }

    private static int Target(double share, int generated) => (int)Math.Round(share * generated);

    private static DeterministicRandom Stream(World world, DateOnly date, string kind) =>
        DeterministicRandom.For(world.Seed, $"changes/{kind}", $"{date:yyyy-MM-dd}");

    private static int[] Shuffled(DeterministicRandom random, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static TimeOnly LocalStart(SandboxShowtime show) =>
        TimeOnly.FromTimeSpan(IndonesianClock.InZone(show.StartsAt, show.Theatre.City.TimeZone).TimeOfDay);

    private static DateTimeOffset Wib(DateOnly date, TimeOnly time) => IndonesianClock.LocalInstant(date, time, IndonesianTimeZone.Wib).ToUniversalTime();

    /// <summary>A whole second drawn uniformly in [from, to).</summary>
    private static DateTimeOffset Between(DeterministicRandom random, DateTimeOffset from, DateTimeOffset to) =>
        from.AddSeconds(Math.Floor((to - from).TotalSeconds * random.NextDouble()));
}
