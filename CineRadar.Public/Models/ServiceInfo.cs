namespace CineRadar.Public.Models;

public sealed record ServiceInfo(string Service, string Version, string Source, string Store, CacheInfo Cache)
{
    public bool IsSandbox => string.Equals(Source, "sandbox", StringComparison.OrdinalIgnoreCase);
}

public sealed record CacheInfo(string Mode, bool Connected);
