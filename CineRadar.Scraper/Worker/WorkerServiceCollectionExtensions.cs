using CineRadar.Scraper.Geocoding;
using Microsoft.Extensions.Options;
using Refit;

namespace CineRadar.Scraper.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>The background services of the worker host, and the geocoder they use.</summary>
    public static IHostApplicationBuilder AddScraperWorker(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GeocoderOptions>().BindConfiguration(GeocoderOptions.SectionName);
        services.AddSingleton<WorkerStatus>();
        services.AddHealthChecks().AddCheck<WorkerStatus>("worker");
        services.AddRefitGeneratedClient<INominatimApi>().ConfigureHttpClient((sp, http) =>
        {
            var geocoder = sp.GetRequiredService<IOptions<GeocoderOptions>>().Value;
            http.BaseAddress = geocoder.BaseUrl;
            http.DefaultRequestHeaders.UserAgent.ParseAdd(geocoder.UserAgent);
        });
        services.AddSingleton<TheatreGeocoder>();
        services.AddHostedService<ScraperWorker>();
        services.AddHostedService<DailySweepService>();
        services.AddHostedService<ResweepService>();
        services.AddHostedService<GeocodingService>();
        services.AddHostedService<SeatSamplingService>();
        services.AddHostedService<VisitorReadingService>();
        services.AddHostedService<WebhookDeliveryService>();
        return builder;
    }
}
