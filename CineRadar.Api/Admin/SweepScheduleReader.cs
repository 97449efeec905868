using CineRadar.Api.Contracts;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Time;
using Cronos;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Admin;

/// <summary>
/// The scraper's schedule as the Admin shows it, read from the same settings the scraper follows: <c>Sweep</c>
/// (<see cref="SweepScheduleOptions"/>, <c>DailyAt</c> and <c>ResweepAt</c> crons in WIB, <c>ResweepShare</c>) and
/// <c>Sampling:Enabled</c>.
/// </summary>
internal sealed class SweepScheduleReader(IOptions<SweepScheduleOptions> sweep, IConfiguration configuration)
{
    public const string SamplingEnabledKey = "Sampling:Enabled";

    public SweepSchedule Describe(DateTimeOffset now)
    {
        var options = sweep.Value;
        var samplingEnabled = configuration.GetValue(SamplingEnabledKey, true);
        var resweepOn = !string.IsNullOrWhiteSpace(options.ResweepAt);
        var resweepAt = resweepOn ? $"{options.ResweepAt.Trim()} (WIB)" : null;
        var nextResweep = resweepOn && options.Enabled ? NextOccurrence(options.ResweepAt, now) : null;
        if (NextOccurrence(options.DailyAt, now) is not { } next)
        {
            return new SweepSchedule($"{options.DailyAt} (WIB)", null, samplingEnabled, resweepAt, nextResweep, options.ResweepShare);
        }

        var wib = IndonesianTimeZone.Wib;
        return new SweepSchedule(
            $"{IndonesianClock.LocalTime(next, wib)} {wib.Abbreviation()}", options.Enabled ? next : null, samplingEnabled, resweepAt, nextResweep, options.ResweepShare);
    }

    private static DateTimeOffset? NextOccurrence(string cron, DateTimeOffset now) =>
        CronExpression.TryParse(cron.Trim(), out var expression) ? expression.GetNextOccurrence(now, IndonesianClock.WibTimeZone) : null;
}
