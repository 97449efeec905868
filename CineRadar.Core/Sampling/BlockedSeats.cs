using CineRadar.Core.Seats;
using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>
/// Seats TIX shows as unavailable without their having been sold (broken seats, seats kept for staff): TIX tells them
/// from sold seats no more than CineRadar can, but they belong to the room, so they stay unavailable in every show the
/// room plays. Sold seats differ in where they are: buyers take the good seats first and sit together, so a seat sold in
/// every show of a room is a good one with sold seats beside it. A seat is taken as blocked when it is unavailable in
/// the first reading of every show of its room and, in most of those readings, both seats beside it are free.
/// TIX names no studio: a room is a theatre's room category with one map shape (<see cref="SeatLayout.RoomKey"/>), and a
/// room seen in one show only tells nothing.
/// </summary>
public static class BlockedSeats
{
    /// <summary>Blocked seats per showtime, from each showtime's first reading that is not a full map.</summary>
    public static IReadOnlyDictionary<string, int> Estimate(IEnumerable<SeatSampleSummary> firstReadings)
    {
        var blocked = new Dictionary<string, int>(StringComparer.Ordinal);
        var rooms = firstReadings
            .Where(r => r.RoomKey.Length > 0 && r.Available > 0)
            .GroupBy(r => (r.TheatreId, r.RoomCategory, r.RoomKey));
        foreach (var room in rooms)
        {
            var shows = room.Select(r => (r.ShowtimeId, Seats: SeatPositions.Parse(r.UnavailableSeats))).ToList();
            if (shows.Count < 2)
            {
                continue;
            }

            var always = new HashSet<string>(shows[0].Seats, StringComparer.Ordinal);
            foreach (var (_, seats) in shows.Skip(1))
            {
                always.IntersectWith(seats);
            }

            var count = always.Select(SeatPositions.Beside).Count(beside => 2 * shows.Count(show => StandsAlone(beside, show.Seats)) > shows.Count);
            foreach (var (showtimeId, _) in shows)
            {
                blocked[showtimeId] = count;
            }
        }

        return blocked;
    }

    private static bool StandsAlone((string Left, string Right) beside, HashSet<string> unavailable) =>
        !unavailable.Contains(beside.Left) && !unavailable.Contains(beside.Right);
}
