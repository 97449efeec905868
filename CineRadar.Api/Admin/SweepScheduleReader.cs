using CineRadar.Api.Contracts;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Time;
using Cronos;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Admin;

/// <summary>
/// The scraper's schedule as the Admin shows it, read from the same settings the scraper follows: <c>Sweep</c>
/// (<see cref="SweepScheduleOptions"/>, <c>DailyAt</c> a cron in WIB) and <c>Sampling:Enabled</c>.
/// </summary>
internal sealed class SweepScheduleReader(IOptions<SweepScheduleOptions> sweep, IConfiguration configuration)
{
    public const string SamplingEnabledKey = "Sampling:Enabled";

    public SweepSchedule Describe(DateTimeOffset now)
    {
        var options = sweep.Value;
        var samplingEnabled = configuration.GetValue(SamplingEnabledKey, true);
        if (!CronExpression.TryParse(options.DailyAt, out var cron) || cron.GetNextOccurrence(now, IndonesianClock.WibTimeZone) is not { } next)
        {
            return new SweepSchedule($"{options.DailyAt} (WIB)", null, samplingEnabled);
        }

        var wib = IndonesianTimeZone.Wib;
        return new SweepSchedule($"{IndonesianClock.LocalTime(next, wib)} {wib.Abbreviation()}", options.Enabled ? next : null, samplingEnabled);
    }
}
