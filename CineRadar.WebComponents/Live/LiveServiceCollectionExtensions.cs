using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CineRadar.WebComponents.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The site's event streams and their <c>Live</c> settings.</summary>
    public static IServiceCollection AddLiveStreams(this IServiceCollection services)
    {
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EventStreams>();
        return services;
    }
}
