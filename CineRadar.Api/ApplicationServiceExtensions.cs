using CineRadar.Data;

namespace CineRadar.Api;

internal static class ApplicationServiceExtensions
{
    public const string CacheConnectionName = "cache";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCineRadarStore(builder.Configuration);
        builder.Services.AddOptions<SourceOptions>().BindConfiguration(SourceOptions.SectionName);

        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(CacheConnectionName)))
        {
            builder.AddRedisClient(CacheConnectionName);
        }
    }
}
