namespace CineRadar.Api.Security;

/// <summary>Keys and limits, bound from <c>ApiKeys</c>.</summary>
internal sealed class ApiKeyOptions
{
    public const string SectionName = "ApiKeys";

    /// <summary>
    /// The sites' service keys by service name (<c>public</c>, <c>admin</c>), handed out by the AppHost. The <c>admin</c>
    /// key may use the admin API; the others read like a B2B key.
    /// </summary>
    public Dictionary<string, string> Services { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Requests per minute a service key may make; 0 for no limit.</summary>
    public int ServiceRequestsPerMinute { get; set; }

    /// <summary>Requests per minute of a new B2B key when none is asked for.</summary>
    public int DefaultRequestsPerMinute { get; set; } = 120;

    /// <summary>How long a B2B key found in the store is trusted before it is read again (another replica may revoke it).</summary>
    public TimeSpan LookupCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many Api replicas share Redis: while Redis cannot be reached, each keeps a key to its limit divided by this,
    /// so that together they stay within it.
    /// </summary>
    public int ExpectedReplicas { get; set; } = 2;

    /// <summary>How often a replica whose key limits are on their local share checks whether Redis is back.</summary>
    public TimeSpan RedisProbeInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a key's last use is written to the store at most.</summary>
    public TimeSpan LastUsedResolution { get; set; } = TimeSpan.FromMinutes(1);
}
