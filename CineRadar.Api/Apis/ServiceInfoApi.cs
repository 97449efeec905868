using System.Reflection;
using CineRadar.Data;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CineRadar.Api.Apis;

/// <summary>The Api's root: what it is, which version, where its data comes from and how it caches.</summary>
internal static class ServiceInfoApi
{
    public static IEndpointRouteBuilder MapServiceInfoApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetServiceInfo).WithTags("Service").ExcludeFromDescription();
        return app;
    }

    internal static ServiceInfo GetServiceInfo(
        IOptions<StoreOptions> store, IOptions<SourceOptions> source, IServiceProvider services)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        var cache = redis is null
            ? new CacheInfo("memory", Connected: false)
            : new CacheInfo("redis", redis.IsConnected);
        return new ServiceInfo(
            Service: "CineRadar.Api",
            Version: typeof(ServiceInfoApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            Source: source.Value.Source,
            Store: store.Value.Provider.ToString().ToLowerInvariant(),
            Cache: cache);
    }
}

internal sealed record ServiceInfo(string Service, string Version, string Source, string Store, CacheInfo Cache);

internal sealed record CacheInfo(string Mode, bool Connected);
