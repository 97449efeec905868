namespace CineRadar.AppHost.Cache;

/// <summary>
/// Stands in the dashboard where Redis would be when neither <c>redis-server</c> nor a container runtime exists,
/// so the dashboard says why the services run on their memory cache alone.
/// </summary>
internal sealed class UnavailableCacheResource(string name, string reason) : Resource(name)
{
    public string Reason { get; } = reason;
}
