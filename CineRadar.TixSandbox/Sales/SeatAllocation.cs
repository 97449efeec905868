using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Sales;

/// <summary>
/// The order in which a showtime's seats sell: good centre seats first, with noise, in groups of adjacent seats.
/// <see cref="RankOf"/> gives each seat its position in that order; blocked seats never sell.
/// </summary>
internal sealed class SeatAllocation
{
    public const int Blocked = int.MaxValue;
    private const int Unassigned = -1;

    private static readonly double[] GroupSizeWeights = [0.15, 0.5, 0.15, 0.15, 0.05];

    private SeatAllocation(int[] rankOf) => RankOf = rankOf;

    /// <summary>Sell rank by seat index; <see cref="Blocked"/> for a blocked seat.</summary>
    public int[] RankOf { get; }

    /// <summary>Whether a seat of a room is blocked; a pure function of the room's seed, so that counting needs no allocation.</summary>
    public static bool IsBlocked(ulong roomSeed, int seatIndex, double blockedShare) =>
        StableHash.Unit(roomSeed, (ulong)seatIndex, 0xB10C) < blockedShare;

    public static int CountBlocked(int seatCount, ulong roomSeed, double blockedShare)
    {
        var count = 0;
        for (var i = 0; i < seatCount; i++)
        {
            count += IsBlocked(roomSeed, i, blockedShare) ? 1 : 0;
        }

        return count;
    }

    public static SeatAllocation Build(SeatGrid grid, ulong seatSeed, ulong roomSeed, double blockedShare)
    {
        var random = new DeterministicRandom(seatSeed);
        var count = grid.SeatCount;
        var rank = new int[count];
        Array.Fill(rank, Unassigned);
        var sweetRow = (grid.Rows.Count - 1) * 0.65;
        var centre = (grid.Width + 1) / 2.0;
        var candidates = new List<(double Score, int Seat)>(count);
        for (var seat = 0; seat < count; seat++)
        {
            if (IsBlocked(roomSeed, seat, blockedShare))
            {
                rank[seat] = Blocked;
                continue;
            }

            var score = (Math.Abs(grid.RowOfSeat[seat] - sweetRow) / grid.Rows.Count)
                + (1.4 * Math.Abs(grid.ColumnOfSeat[seat] - centre) / grid.Width)
                + (0.35 * random.NextDouble());
            candidates.Add((score, seat));
        }

        candidates.Sort((a, b) => a.Score.CompareTo(b.Score));
        var next = 0;
        foreach (var (_, anchor) in candidates)
        {
            if (rank[anchor] != Unassigned)
            {
                continue;
            }

            rank[anchor] = next++;
            var wanted = random.PickWeighted(GroupSizeWeights);
            next = ExtendGroup(grid, rank, anchor, wanted, next);
        }

        return new SeatAllocation(rank);
    }

    /// <summary>Adds up to <paramref name="wanted"/> free neighbours of the anchor in its row, right then left.</summary>
    private static int ExtendGroup(SeatGrid grid, int[] rank, int anchor, int wanted, int next)
    {
        var cells = grid.Rows[grid.RowOfSeat[anchor]].Cells;
        var position = grid.ColumnOfSeat[anchor] - 1;
        int right = position + 1, left = position - 1;
        bool rightOpen = true, leftOpen = true;
        while (wanted > 0 && (rightOpen || leftOpen))
        {
            if (rightOpen)
            {
                rightOpen = TryTake(cells, right++, rank, ref next);
                wanted -= rightOpen ? 1 : 0;
            }

            if (wanted > 0 && leftOpen)
            {
                leftOpen = TryTake(cells, left--, rank, ref next);
                wanted -= leftOpen ? 1 : 0;
            }
        }

        return next;
    }

    private static bool TryTake(SandboxSeatCell[] cells, int position, int[] rank, ref int next)
    {
        if (position < 0 || position >= cells.Length || !cells[position].IsSeat)
        {
            return false;
        }

        var seat = cells[position].SeatIndex;
        if (rank[seat] != Unassigned)
        {
            return false;
        }

        rank[seat] = next++;
        return true;
    }
}
