using System.Collections.Concurrent;

namespace CineRadar.TixSandbox;

/// <summary>Requests per endpoint (method and route) and per status; a connection reset counts as status 0.</summary>
public sealed class RequestCounters
{
    private readonly ConcurrentDictionary<(string Endpoint, int Status), long> _counts = new();

    public void Record(string endpoint, int status) =>
        _counts.AddOrUpdate((endpoint, status), 1, (_, count) => count + 1);

    public void Clear() => _counts.Clear();

    /// <summary>Requests so far: endpoint → status → count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, long>> Snapshot() =>
        _counts.ToArray()
            .GroupBy(e => e.Key.Endpoint, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<int, long>)g.OrderBy(e => e.Key.Status).ToDictionary(e => e.Key.Status, e => e.Value),
                StringComparer.Ordinal);

    /// <summary>Requests to one endpoint (e.g. <c>GET /v1/movies</c>) with any status.</summary>
    public long Total(string endpoint) => _counts.Where(e => e.Key.Endpoint == endpoint).Sum(e => e.Value);
}
