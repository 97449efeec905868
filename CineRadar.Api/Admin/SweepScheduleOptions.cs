using CineRadar.Api.Contracts;
using CineRadar.Core.Time;
using Cronos;

namespace CineRadar.Api.Admin;

/// <summary>
/// The scraper's schedule as the Admin shows it, read from the same settings the scraper uses (<c>Sweep:DailyAt</c>,
/// a cron in WIB; <c>Sweep:Enabled</c>; <c>Sampling:Enabled</c>).
/// </summary>
internal sealed class SweepScheduleOptions
{
    public bool Enabled { get; set; } = true;

    public string DailyAt { get; set; } = "0 6 * * *";

    public bool SamplingEnabled { get; set; } = true;

    private static readonly TimeZoneInfo Wib = TimeZoneInfo.CreateCustomTimeZone("WIB", IndonesianClock.WibOffset, "WIB", "WIB");

    public SweepScheduleDto Describe(DateTimeOffset now)
    {
        if (!CronExpression.TryParse(DailyAt, out var cron) || cron.GetNextOccurrence(now, Wib) is not { } next)
        {
            return new SweepScheduleDto($"{DailyAt} (WIB)", null, SamplingEnabled);
        }

        var atWib = IndonesianClock.InZone(next, Core.Reference.IndonesianTimeZone.Wib);
        return new SweepScheduleDto(
            atWib.ToString("HH:mm 'WIB'", System.Globalization.CultureInfo.InvariantCulture), Enabled ? next : null, SamplingEnabled);
    }
}
