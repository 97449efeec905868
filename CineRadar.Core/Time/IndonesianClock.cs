using System.Globalization;
using CineRadar.Core.Reference;

namespace CineRadar.Core.Time;

/// <summary>
/// The one place where CineRadar turns instants into Indonesian dates and local showtimes into instants.
/// The national business day is the WIB date; a showtime's <c>HH:MM</c> is local to its theatre's city.
/// </summary>
public static class IndonesianClock
{
    /// <summary>The zone TIX's <c>display_time</c> is read in under <paramref name="rule"/>: the city's own, or WIB.</summary>
    public static IndonesianTimeZone DisplayTimeZone(IndonesianTimeZone cityZone, DisplayTimeZoneRule rule) => rule switch
    {
        DisplayTimeZoneRule.City => cityZone,
        DisplayTimeZoneRule.Wib => IndonesianTimeZone.Wib,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Tix:DisplayTimeZone is City or Wib."),
    };

    /// <summary>
    /// The one place a TIX <c>display_time</c> becomes an instant: every reader of TIX times (the sweep, the original's
    /// documents) calls this, so <c>Tix:DisplayTimeZone</c> decides for all of them.
    /// </summary>
    /// <exception cref="FormatException">The time is not HH:MM.</exception>
    public static DateTimeOffset DisplayTimeStart(DateOnly date, string displayTime, IndonesianTimeZone cityZone, DisplayTimeZoneRule rule) =>
        ShowtimeStart(date, displayTime, DisplayTimeZone(cityZone, rule));

    /// <summary>A start instant as the <c>HH:mm</c> a moviegoer in the city reads (times are shown in each city's zone).</summary>
    public static string LocalTime(DateTimeOffset instant, IndonesianTimeZone cityZone) =>
        InZone(instant, cityZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Times before this hour belong to the previous business day's late programme (a 00:30 show of the 25th starts
    /// on the 26th), as cinema listings show them.
    /// </summary>
    public const int LateShowCutoffHour = 4;

    public static TimeSpan WibOffset => IndonesianTimeZone.Wib.UtcOffset();

    /// <summary>
    /// WIB as a <see cref="TimeZoneInfo"/>, for schedules written in WIB (the daily sweep's cron). Indonesia keeps no
    /// daylight saving time, so a fixed offset is exact and needs no time zone database on the host.
    /// </summary>
    public static TimeZoneInfo WibTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("WIB", WibOffset, "WIB", "WIB");

    /// <summary>The WIB business date of an instant.</summary>
    public static DateOnly BusinessDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(WibOffset).DateTime);

    /// <summary>Today's WIB business date.</summary>
    public static DateOnly Today(this TimeProvider clock) => BusinessDate(clock.GetUtcNow());

    /// <summary>The instant a WIB business day starts (00:00 WIB) and the instant the next one starts.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) BusinessDayBounds(DateOnly date)
    {
        var start = LocalInstant(date, TimeOnly.MinValue, IndonesianTimeZone.Wib);
        return (start, start.AddDays(1));
    }

    /// <summary>The instant a wall-clock time of <paramref name="date"/> happens in <paramref name="zone"/>.</summary>
    public static DateTimeOffset LocalInstant(DateOnly date, TimeOnly localTime, IndonesianTimeZone zone) =>
        new(date.ToDateTime(localTime), zone.UtcOffset());

    /// <summary>The same instant written in a zone, for display.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, IndonesianTimeZone zone) => instant.ToOffset(zone.UtcOffset());

    /// <summary>
    /// The instant a show listed for <paramref name="date"/> at <paramref name="displayTime"/> (HH:MM, local to
    /// <paramref name="zone"/>) starts.
    /// </summary>
    /// <exception cref="FormatException">The time is not HH:MM with an hour 00-23 and minutes 00-59.</exception>
    public static DateTimeOffset ShowtimeStart(DateOnly date, string displayTime, IndonesianTimeZone zone)
    {
        if (!TryParseDisplayTime(displayTime, out var time))
        {
            throw new FormatException($"'{displayTime}' is not a showtime in HH:MM form.");
        }

        var day = time.Hour < LateShowCutoffHour ? date.AddDays(1) : date;
        return LocalInstant(day, time, zone);
    }

    /// <summary>Reads <c>HH:MM</c> (also <c>H:MM</c>), tolerating surrounding spaces.</summary>
    public static bool TryParseDisplayTime(string? displayTime, out TimeOnly time) =>
        TimeOnly.TryParseExact(displayTime?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
