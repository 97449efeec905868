using CineRadar.WebComponents.Maps;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.WebComponents;

public static class WebComponentsServiceCollectionExtensions
{
    /// <summary>The offline map's basemap, read once from the shapes the build restored.</summary>
    public static IServiceCollection AddCineRadarWebComponents(this IServiceCollection services) =>
        services.AddSingleton(_ => IndonesiaBasemap.FromApplicationFolder());
}
