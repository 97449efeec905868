using System.Text;
using CineRadar.Core.Seats;
using CineRadar.Core.Tix.Wire;

namespace CineRadar.Core.Tix;

/// <summary>
/// Reads the three <c>seat_map</c> variants into labelled rows: nested rows (<c>seat_code</c> + <c>seat_rows</c>,
/// XXI and most CGV), flat seats (<c>row_name</c> + <c>seat_no</c> + <c>seat_status</c>, Cinépolis) and flat CGV
/// seats that also carry <c>seat_yn</c>.
/// </summary>
internal static class SeatMapReader
{
    private const int AvailableStatus = 1;
    private const int SoldStatus = 5;
    private const int BlockedStatus = 6;

    public static SeatLayout Read(List<SeatMapEntryWire?> entries, string path)
    {
        var rows = new List<(string Label, StringBuilder Seats)>();
        var rowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new SortedSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw TixPayloads.Missing(TixPayloads.SeatLayoutPayload, $"{path}[{i}]");
            if (entry.SeatRows is not null || entry.SeatCode is not null)
            {
                var label = (entry.SeatCode ?? LabelFromSeatNames(entry.SeatRows)).Trim();
                var seats = Row(rows, rowIndex, label);
                foreach (var seat in entry.SeatRows ?? [])
                {
                    seats.Append(NestedSeat(seat?.Status, ignored));
                }
            }
            else if (entry.RowName is not null)
            {
                Row(rows, rowIndex, entry.RowName.Trim()).Append(FlatSeat(entry.SeatStatus, entry.SeatYn, ignored));
            }
            else
            {
                throw new TixPayloadException(TixPayloads.SeatLayoutPayload, $"{path}[{i}] has neither seat_code nor row_name");
            }
        }

        return new SeatLayout(rows.Select(r => new SeatRow(r.Label, r.Seats.ToString())).ToList(), ignored.ToList());
    }

    private static StringBuilder Row(List<(string Label, StringBuilder Seats)> rows, Dictionary<string, int> index, string label)
    {
        if (!index.TryGetValue(label, out var at))
        {
            at = rows.Count;
            index[label] = at;
            rows.Add((label, new StringBuilder()));
        }

        return rows[at].Seats;
    }

    private static char NestedSeat(int? status, SortedSet<string> ignored) => status switch
    {
        AvailableStatus => SeatRow.AvailableSeat,
        SoldStatus or BlockedStatus => SeatRow.UnavailableSeat,
        _ => Ignore($"status {Describe(status)}", ignored),
    };

    private static char FlatSeat(int? status, string? seatYn, SortedSet<string> ignored)
    {
        switch (seatYn?.Trim())
        {
            case null:
                return NestedSeat(status, ignored);
            case "0":
                return SeatRow.Gap;
            case "1":
                // Flat CGV: a real seat with status 0 is sold.
                return status switch
                {
                    AvailableStatus => SeatRow.AvailableSeat,
                    0 or SoldStatus or BlockedStatus => SeatRow.UnavailableSeat,
                    _ => Ignore($"seat_status {Describe(status)}", ignored),
                };
            default:
                return Ignore($"seat_yn {seatYn}", ignored);
        }
    }

    private static char Ignore(string what, SortedSet<string> ignored)
    {
        ignored.Add(what);
        return SeatRow.Gap;
    }

    private static string Describe(int? status) => status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing";

    /// <summary>Without <c>seat_code</c>, the row label is the letters that start its seat names ("AA12" → "AA").</summary>
    private static string LabelFromSeatNames(List<SeatWire?>? seats) =>
        seats?.Select(s => s?.SeatRow).FirstOrDefault(n => !string.IsNullOrEmpty(n)) is { } name
            ? new string(name.TakeWhile(char.IsLetter).ToArray())
            : "";
}
