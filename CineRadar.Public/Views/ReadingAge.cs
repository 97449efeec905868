using System.Globalization;
using CineRadar.Contracts;

namespace CineRadar.Public.Views;

/// <summary>How old a showtime's latest reading is, and whether a visitor's request brought it: "read 3 minutes ago at a visitor's request".</summary>
public static class ReadingAge
{
    public static int Minutes(SeatMap latest, DateTimeOffset now) => Math.Max(0, (int)(now - latest.SampledAt).TotalMinutes);

    public static string Describe(SeatMap latest, DateTimeOffset now) =>
        "read " + Ago(Minutes(latest, now)) + (latest.Kind == ReadingKinds.Visitor ? " at a visitor's request" : "");

    private static string Ago(int minutes) => minutes switch
    {
        0 => "just now",
        1 => "1 minute ago",
        < 60 => minutes.ToString(CultureInfo.InvariantCulture) + " minutes ago",
        _ => $"{(minutes / 60).ToString(CultureInfo.InvariantCulture)} h {(minutes % 60).ToString(CultureInfo.InvariantCulture)} min ago",
    };
}
