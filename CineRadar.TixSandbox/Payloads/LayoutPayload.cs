using System.Text.Json;
using CineRadar.TixSandbox.Model;
using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Payloads;

/// <summary>
/// The seat layout of a showtime at an instant, in its chain's variant (reference §1.5.3): seats sold by then are
/// status 5, blocked seats 6, and during a house lock every unsold seat shows 6 too.
/// </summary>
internal static class LayoutPayload
{
    private const int Available = 1;
    private const int Sold = 5;
    private const int BlockedStatus = 6;
    private const int NotASeat = 0;

    private static readonly JsonEncodedText SeatMap = JsonEncodedText.Encode("seat_map");
    private static readonly JsonEncodedText SeatCode = JsonEncodedText.Encode("seat_code");
    private static readonly JsonEncodedText MaxRow = JsonEncodedText.Encode("max_row");
    private static readonly JsonEncodedText SeatRows = JsonEncodedText.Encode("seat_rows");
    private static readonly JsonEncodedText SeatRow = JsonEncodedText.Encode("seat_row");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText RowName = JsonEncodedText.Encode("row_name");
    private static readonly JsonEncodedText SeatNo = JsonEncodedText.Encode("seat_no");
    private static readonly JsonEncodedText SeatYn = JsonEncodedText.Encode("seat_yn");
    private static readonly JsonEncodedText SeatStatus = JsonEncodedText.Encode("seat_status");
    private static readonly JsonEncodedText Yes = JsonEncodedText.Encode("1");
    private static readonly JsonEncodedText No = JsonEncodedText.Encode("0");

    public static JsonPayload Write(SandboxShowtime showtime, DateTimeOffset now)
    {
        var sales = showtime.Sales;
        var state = new SeatState(sales.Allocation.RankOf, sales.SoldAt(now), sales.IsHouseLockedAt(now));
        var price = showtime.ListingAt(now)?.Price ?? showtime.Price;
        return JsonPayload.Success(
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray(SeatMap);
                switch (showtime.Theatre.Layout)
                {
                    case LayoutVariant.Flat:
                    case LayoutVariant.FlatCgv:
                        WriteFlat(writer, showtime.Room.Seats, state, showtime.Theatre.Layout == LayoutVariant.FlatCgv);
                        break;
                    default:
                        WriteNested(writer, showtime.Room.Seats, state, showtime.Theatre.Layout == LayoutVariant.NestedAisleEntries);
                        break;
                }

                writer.WriteEndArray();
                writer.WriteNumber("price", price);
                writer.WriteNumber("user_seat_purchased", 0);
                writer.WriteStartArray("price_group");
                writer.WriteStartObject();
                writer.WriteString("name", showtime.Room.Category.Trim());
                writer.WriteNumber("price", price);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            capacity: 4096 + (showtime.Room.Seats.SeatCount * 48));
    }

    private static void WriteNested(Utf8JsonWriter writer, SeatGrid grid, SeatState state, bool aisleEntries)
    {
        foreach (var row in grid.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString(SeatCode, row.Label);
            writer.WriteNumber(MaxRow, row.MaxNumber);
            writer.WriteStartArray(SeatRows);
            foreach (var cell in row.Cells)
            {
                if (!cell.IsSeat && !aisleEntries)
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString(SeatRow, cell.Code);
                writer.WriteNumber(Status, cell.IsSeat ? state.StatusOf(cell.SeatIndex) : NotASeat);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    private static void WriteFlat(Utf8JsonWriter writer, SeatGrid grid, SeatState state, bool cgv)
    {
        foreach (var row in grid.Rows)
        {
            foreach (var cell in row.Cells)
            {
                writer.WriteStartObject();
                writer.WriteString(RowName, row.Label);
                writer.WriteString(SeatNo, cell.IsSeat ? cell.Code.AsSpan(row.Label.Length) : []);
                var status = cell.IsSeat ? state.StatusOf(cell.SeatIndex) : NotASeat;
                if (cgv)
                {
                    // Flat CGV: seat_yn "1" is a seat, status 1 available and 0 sold (sold and blocked look alike).
                    writer.WriteString(SeatYn, cell.IsSeat ? Yes : No);
                    status = status == Available ? Available : NotASeat;
                }

                writer.WriteNumber(SeatStatus, status);
                writer.WriteEndObject();
            }
        }
    }

    private readonly record struct SeatState(int[] RankOf, int Sold, bool HouseLocked)
    {
        public int StatusOf(int seatIndex)
        {
            var rank = RankOf[seatIndex];
            return rank == SeatAllocation.Blocked ? BlockedStatus
                : rank < Sold ? LayoutPayload.Sold
                : HouseLocked ? BlockedStatus
                : Available;
        }
    }
}
