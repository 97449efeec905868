namespace CineRadar.Scraper.Probe;

/// <summary>Calls to one URL shape, as the report lists them: how often, with which statuses and keys.</summary>
public sealed record RecordedCall(
    string Method,
    string Host,
    string Path,
    IReadOnlyList<string> QueryNames,
    IReadOnlyList<string> HeaderNames,
    IReadOnlyList<int> Statuses,
    int Count,
    IReadOnlyList<string>? Keys)
{
    public static IReadOnlyList<RecordedCall> Group(IEnumerable<ObservedCall> calls) => calls
        .GroupBy(c => (c.Method, c.Host, c.Path, Query: string.Join('&', c.QueryNames)))
        .Select(g => new RecordedCall(
            g.Key.Method,
            g.Key.Host,
            g.Key.Path,
            g.First().QueryNames,
            g.SelectMany(c => c.HeaderNames).Distinct().Order(StringComparer.Ordinal).ToList(),
            g.Select(c => c.Status).Distinct().Order().ToList(),
            g.Count(),
            g.Any(c => c.Keys is not null) ? g.SelectMany(c => c.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList() : null))
        .ToList();
}
