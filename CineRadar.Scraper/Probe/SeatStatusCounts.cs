using System.Text.Json;

namespace CineRadar.Scraper.Probe;

/// <summary>The seat status values in seat-map answers (<c>status</c> of nested rows, <c>seat_status</c> of flat seats).</summary>
internal static class SeatStatusCounts
{
    /// <summary>The values the seat-map reader knows: 1 available, 5 and 6 unavailable, 0 sold on flat CGV seats.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(["0", "1", "5", "6"], StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, int> Of(IEnumerable<ObservedCall> layouts)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var call in layouts.Where(c => c.Status == 200))
        {
            try
            {
                using var document = JsonDocument.Parse(call.Body);
                var root = document.RootElement;
                var map = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    ? data
                    : root;
                if (map.ValueKind == JsonValueKind.Object && map.TryGetProperty("seat_map", out var seats))
                {
                    JsonShape.CountNumbers(seats, "status", counts);
                    JsonShape.CountNumbers(seats, "seat_status", counts);
                }
            }
            catch (JsonException)
            {
            }
        }

        return counts;
    }
}
