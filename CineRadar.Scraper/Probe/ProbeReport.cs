using System.Text;
using System.Text.Json.Serialization;
using CineRadar.Scraper.Configuration;

namespace CineRadar.Scraper.Probe;

/// <summary>What <c>cineradar tix probe</c> writes: every call seen, the seat statuses, and each assumption judged.</summary>
public sealed record ProbeReport(
    DateTimeOffset At,
    string AppUrl,
    string ApiUrl,
    string City,
    string ZoneCity,
    int CallsMade,
    int CallLimit,
    IReadOnlyList<RecordedCall> AppCalls,
    IReadOnlyList<RecordedCall> OwnCalls,
    IReadOnlyDictionary<string, int> SeatStatuses,
    IReadOnlyList<AssumptionCheck> Checks)
{
    internal static ProbeReport From(ProbeEvidence evidence, ProbeCalls calls, TixOptions options) => new(
        evidence.At,
        options.AppUrl.ToString(),
        options.ApiUrl.ToString(),
        evidence.City.Name,
        evidence.ZoneCity.Name,
        calls.Made.Count,
        calls.Limit,
        RecordedCall.Group(evidence.AppCalls),
        RecordedCall.Group(calls.Made),
        SeatStatusCounts.Of(evidence.LayoutCalls.Values),
        AssumptionChecks.Judge(evidence, options));

    /// <summary>The summary printed after a probe: the counts, then one line per assumption.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine($"TIX probe of {City} (and {ZoneCity}) at {At:u}: {AppCalls.Sum(c => c.Count)} calls of the app recorded, {CallsMade} of {CallLimit} calls of its own made.");
        text.AppendLine($"{Count(AssumptionCheck.Confirmed)} confirmed, {Count(AssumptionCheck.Different)} different, {Count(AssumptionCheck.NotSeen)} not seen.");
        foreach (var check in Checks)
        {
            text.AppendLine("  " + check);
        }

        return text.ToString();
    }

    private int Count(string verdict) => Checks.Count(c => c.Verdict == verdict);
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ProbeReport))]
internal sealed partial class ProbeJsonContext : JsonSerializerContext;
