using CineRadar.Contracts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.Admin.Operations;

/// <summary>A problem with how fresh or complete today's data is.</summary>
public sealed record FreshnessWarning(string Code, string Message);

/// <summary>
/// Reads the Api's freshness for what an analyst must know before trusting today's figures: no sweep today, seat
/// sampling behind, cities failing in the last sweep.
/// </summary>
public static class FreshnessWarnings
{
    public const string NoSweepToday = "no-sweep-today";
    public const string SamplingBehind = "sampling-behind";
    public const string CitiesFailing = "cities-failing";

    /// <summary>How old the newest seat reading may be while today has showtimes.</summary>
    public static readonly TimeSpan SamplingLag = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<FreshnessWarning> For(Freshness freshness, DateTimeOffset now)
    {
        var warnings = new List<FreshnessWarning>();
        var today = LocalTimes.BusinessDate(now);
        var sweep = freshness.LastSweep;
        if (sweep?.FinishedAt is not { } finished || LocalTimes.BusinessDate(finished) != today)
        {
            warnings.Add(new(NoSweepToday, sweep?.FinishedAt is { } last
                ? $"No schedule sweep has finished today; the last one finished {Formats.WibDateTime(last)}."
                : "No schedule sweep has finished yet."));
        }

        if (sweep is { CitiesFailed: > 0 })
        {
            warnings.Add(new(CitiesFailing, $"{sweep.CitiesFailed} of {sweep.Cities} cities failed in the last sweep ({sweep.Status})."));
        }

        if (freshness.Coverage.Showtimes > 0)
        {
            if (freshness.LastSample is not { } sample)
            {
                warnings.Add(new(SamplingBehind, $"No seat map has been read yet; {Formats.Count(freshness.Coverage.Showtimes)} showtimes today."));
            }
            else if (now - sample.SampledAt > SamplingLag)
            {
                warnings.Add(new(SamplingBehind,
                    $"Seat sampling is behind: the newest reading is from {Formats.WibTime(sample.SampledAt)}, {(int)(now - sample.SampledAt).TotalMinutes} minutes ago."));
            }
        }

        return warnings;
    }
}
