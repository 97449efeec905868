using System.Globalization;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

/// <summary>Draws a room's seating plan: rows A, B, … of seats split into blocks by aisles, a shorter front row.</summary>
internal static class SeatGridGenerator
{
    public static SeatGrid Generate(RoomTier tier, DeterministicRandom random)
    {
        var (minWidth, maxWidth, aisles, minSeats, maxSeats) = RoomCatalog.Shape(tier);
        var seatsPerRow = random.Between(minWidth, maxWidth);
        var rowCount = Math.Clamp((int)Math.Round(random.Between(minSeats, maxSeats) / (double)seatsPerRow), 5, 20);
        var aislePositions = AislePositions(seatsPerRow, aisles);
        var width = seatsPerRow + aisles;
        var frontCut = tier is RoomTier.Regular or RoomTier.Large ? random.Between(0, 2) : 0;
        var rows = new List<SandboxSeatRow>(rowCount);
        var seatIndex = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var label = ((char)('A' + r)).ToString();
            var cut = r == 0 ? frontCut : 0;
            var cells = new SandboxSeatCell[width];
            for (var position = 1; position <= width; position++)
            {
                var isSeat = !aislePositions.Contains(position) && position > cut && position <= width - cut;
                cells[position - 1] = isSeat
                    ? new SandboxSeatCell(position, seatIndex++, label + position.ToString(CultureInfo.InvariantCulture))
                    : new SandboxSeatCell(position, -1, "");
            }

            rows.Add(new SandboxSeatRow(label, width, cells));
        }

        return new SeatGrid(rows);
    }

    /// <summary>Aisle positions (1-based, counted with the aisles) that split the row into blocks.</summary>
    private static HashSet<int> AislePositions(int seatsPerRow, int aisles)
    {
        if (aisles == 1)
        {
            return [(seatsPerRow / 2) + 1];
        }

        var side = Math.Max(2, seatsPerRow / 5);
        return [side + 1, seatsPerRow - side + 2];
    }
}
