using System.Text.Json.Serialization;

namespace CineRadar.Contracts;

/// <summary>
/// The Api's root: what it is, which version, where its data comes from (<c>tix</c>, <c>sandbox</c>, or <c>none</c>
/// before any day is published), its store and how it caches.
/// </summary>
public sealed record ServiceInfo(string Service, string Version, string Source, string Store, CacheInfo Cache)
{
    public const string SandboxSource = "sandbox";

    /// <summary>The newest published day was collected from the TIX sandbox: every page says so.</summary>
    [JsonIgnore]
    public bool IsSandbox => string.Equals(Source, SandboxSource, StringComparison.OrdinalIgnoreCase);
}

public sealed record CacheInfo(string Mode, bool Connected);
