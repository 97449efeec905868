using System.ComponentModel;
using System.Reflection;
using CineRadar.Api.Caching;
using CineRadar.Core.Stores;
using CineRadar.Data;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CineRadar.Api.Apis;

/// <summary>
/// The Api's root: what it is, which version, where its data comes from and how it caches. The source is what the
/// scraper recorded with the newest published day (<c>tix</c> or <c>sandbox</c>; <c>none</c> before any), never a
/// setting of the Api, so a site never labels real data as the sandbox's or the other way round.
/// </summary>
internal static class ServiceInfoApi
{
    public static IEndpointRouteBuilder MapServiceInfoApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetServiceInfo).WithTags("Service").ExcludeFromDescription();
        return app;
    }

    public const string NoSource = "none";

    internal static async Task<ServiceInfo> GetServiceInfo(
        IOptions<StoreOptions> store, VersionedCache views, ICatalogStore catalog, IServiceProvider services, CancellationToken cancellationToken)
    {
        var source = await views.ViewAsync(
            "source",
            async ct => new DataSource((await catalog.GetLatestSnapshotAsync(ct))?.Source ?? NoSource),
            cancellationToken);
        var redis = services.GetService<IConnectionMultiplexer>();
        var cache = redis is null
            ? new CacheInfo("memory", Connected: false)
            : new CacheInfo("redis", redis.IsConnected);
        return new ServiceInfo(
            Service: "CineRadar.Api",
            Version: typeof(ServiceInfoApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            Source: source.Name,
            Store: store.Value.Provider.ToString().ToLowerInvariant(),
            Cache: cache);
    }
}

/// <summary>Where the newest published day came from: a view, kept in memory as is.</summary>
[ImmutableObject(true)]
internal sealed record DataSource(string Name);
