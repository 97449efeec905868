using CineRadar.Core.Reference;

namespace CineRadar.Core.Sampling.Design;

/// <summary>Part of the day a show starts in (local time): demand differs most between these.</summary>
public enum DayPart
{
    Morning,
    Afternoon,
    Evening,
    Late,
}

/// <summary>
/// The sampling design's stratum: movie x chain x part of day. Shows within one are alike enough that the read ones
/// stand for the unread ones; the design chooses how many of each stratum to read.
/// </summary>
public sealed record Stratum(string MovieId, string Chain, DayPart Part)
{
    public static Stratum Of(SampledShowtime show) => Of(show.MovieId, show.Merchant, show.DisplayTime);

    public static Stratum Of(string movieId, string merchant, string displayTime) => new(movieId, Chains.FromMerchant(merchant).Key, PartOf(displayTime));

    /// <summary>
    /// 04:00-14:59, 15:00-17:59, 18:00-20:59, and from 21:00 on past midnight (the show's local "HH:MM"; unreadable counts
    /// as evening).
    /// </summary>
    public static DayPart PartOf(string displayTime) => HourOf(displayTime) switch
    {
        < 0 => DayPart.Evening,
        < 4 => DayPart.Late,
        < 15 => DayPart.Morning,
        < 18 => DayPart.Afternoon,
        < 21 => DayPart.Evening,
        _ => DayPart.Late,
    };

    /// <summary>The hour of a show's local "HH:MM"; -1 when it cannot be read.</summary>
    public static int HourOf(string displayTime) =>
        displayTime.Length >= 2 && int.TryParse(displayTime.AsSpan(0, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hour)
            ? hour
            : -1;
}
