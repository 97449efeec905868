using System.Text.Json;

namespace CineRadar.TixSandbox.Tests.Support;

/// <summary>Seat counts read from a layout payload by the documented semantics, written here independently of the sandbox.</summary>
public readonly record struct SeatCounts(int Available, int Unavailable)
{
    public int Total => Available + Unavailable;

    public static SeatCounts Read(JsonElement data)
    {
        int available = 0, unavailable = 0;
        foreach (var entry in data.GetProperty("seat_map").EnumerateArray())
        {
            if (entry.TryGetProperty("seat_rows", out var seats))
            {
                foreach (var seat in seats.EnumerateArray())
                {
                    Count(seat.GetProperty("status").GetInt32(), ref available, ref unavailable);
                }
            }
            else if (entry.TryGetProperty("seat_yn", out var yn))
            {
                if (yn.GetString() == "1")
                {
                    Count(entry.GetProperty("seat_status").GetInt32() == 1 ? 1 : 5, ref available, ref unavailable);
                }
            }
            else
            {
                Count(entry.GetProperty("seat_status").GetInt32(), ref available, ref unavailable);
            }
        }

        return new SeatCounts(available, unavailable);
    }

    private static void Count(int status, ref int available, ref int unavailable)
    {
        if (status == 1)
        {
            available++;
        }
        else if (status is 5 or 6)
        {
            unavailable++;
        }
    }
}
