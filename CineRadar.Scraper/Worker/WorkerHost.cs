using CineRadar.Data;

namespace CineRadar.Scraper.Worker;

/// <summary>The long-running scraper: a web host so that it can serve its health endpoints.</summary>
[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = "Host start-up.")]
internal static class WorkerHost
{
    public const string CacheConnectionName = "cache";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // The worker's settings ship beside the executable; it must not depend on the directory it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddServiceDefaults();
        builder.Services.AddCineRadarStore(builder.Configuration);
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(CacheConnectionName)))
        {
            builder.AddRedisClient(CacheConnectionName);
        }

        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
