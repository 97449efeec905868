using System.Text.Json.Serialization;

namespace CineRadar.TixSandbox;

/// <summary>The groups of API endpoints a fault can be scoped to.</summary>
public enum EndpointGroup
{
    /// <summary><c>/v1/cities</c>, <c>/v1/movies</c>, <c>/v1/schedules/…</c>.</summary>
    [JsonStringEnumMemberName("catalog")]
    Catalog,

    /// <summary><c>/v1/movies/{chain}/layout</c>.</summary>
    [JsonStringEnumMemberName("layout")]
    Layout,

    /// <summary><c>/v1/auth</c>, <c>/v1/users/login</c>, <c>/v1/users/refresh</c>.</summary>
    [JsonStringEnumMemberName("auth")]
    Auth,

    /// <summary><c>/nominatim/search</c>.</summary>
    [JsonStringEnumMemberName("geocoder")]
    Geocoder,
}

/// <summary>A fault that applies to some endpoint groups, or to all of them when none is named.</summary>
public interface IScopedFault
{
    IReadOnlyList<EndpointGroup>? Groups { get; }
}

/// <summary>429 with <c>Retry-After</c> from a token bucket per client (the bearer's <c>sub</c>, else the remote address).</summary>
public sealed record RateLimitFault(double RequestsPerSecond, int Burst, IReadOnlyList<EndpointGroup>? Groups = null) : IScopedFault;

/// <summary>A fault that hits this share (0..1) of requests.</summary>
public sealed record RateFault(double Rate, IReadOnlyList<EndpointGroup>? Groups = null) : IScopedFault;

/// <summary>Latency added before every request is handled.</summary>
public sealed record LatencyFault(int Milliseconds, IReadOnlyList<EndpointGroup>? Groups = null) : IScopedFault;

/// <summary>
/// The faults the API injects. Which request a rate-based fault hits is a function of the seed and the request's
/// sequence number, so a sequence of requests meets the same faults every run.
/// </summary>
public sealed record FaultSettings
{
    public static readonly FaultSettings None = new();

    public ulong Seed { get; init; }

    public RateLimitFault? RateLimit { get; init; }

    /// <summary>Answers 500, 502 or 503 with an <c>INTERNAL_ERROR</c> body.</summary>
    public RateFault? ServerErrors { get; init; }

    public LatencyFault? Latency { get; init; }

    /// <summary>Answers 200 with a body that is not valid JSON.</summary>
    public RateFault? MalformedBodies { get; init; }

    /// <summary>Answers 200 with the body cut short (its Content-Length says the cut length).</summary>
    public RateFault? TruncatedBodies { get; init; }

    /// <summary>Aborts the connection without an answer.</summary>
    public RateFault? ConnectionResets { get; init; }
}

internal static class ScopedFaults
{
    public static bool AppliesTo(this IScopedFault? fault, EndpointGroup group) =>
        fault is not null && (fault.Groups is not { Count: > 0 } groups || groups.Contains(group));
}
