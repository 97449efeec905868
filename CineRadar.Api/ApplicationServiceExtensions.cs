using CineRadar.Api.Admin;
using CineRadar.Api.Caching;
using CineRadar.Api.Reads;
using CineRadar.Api.Readings;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Api.Views;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling.Nowcast;
using CineRadar.Core.Stores;
using CineRadar.Data;
using CineRadar.Data.Webhooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace CineRadar.Api;

internal static class ApplicationServiceExtensions
{
    public const string CacheConnectionName = "cache";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCineRadarStore(builder.Configuration);
        services.AddWebhookOutbox();
        services.AddSingleton<Webhooks.WebhookRegistrations>();
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddRequestBodyLimit();
        services.AddParameterValidation();
        builder.AddCaching();
        builder.AddKeys();
        services.AddOpenApi(options => options
            .AddDocumentTransformer<ApiKeyDocumentTransformer>()
            .AddOperationTransformer<ParameterDocumentTransformer>());

        services.AddSingleton<DayViews>();
        // The same earlier days the scraper's fold projects from (Sampling:ProjectionHistoryDays, shared with the scraper).
        services.AddSingleton(provider => new DemandHistories(
            provider.GetRequiredService<IAdmissionsStore>(),
            builder.Configuration.GetValue("Sampling:ProjectionHistoryDays", DemandHistory.DefaultDays),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CityIndexes>();
        services.AddSingleton<TheatreIndexes>();
        services.AddSingleton<MovieDateIndexes>();
        services.AddSingleton<ReferenceReads>();
        services.AddSingleton<MovieReads>();
        services.AddSingleton<TheatreReads>();
        services.AddSingleton<ShowtimeReads>();
        services.AddSingleton<BoxOfficeReads>();
        services.AddSingleton<AnalyticsReads>();
        services.AddSingleton<FreshnessReads>();
        services.AddSingleton<ComparisonReads>();
        services.AddSingleton<ReleaseReads>();
        services.AddSingleton<AuditTrail>();
        services.AddOptions<VisitorReadingOptions>().BindConfiguration(VisitorReadingOptions.SectionName);
        services.AddSingleton<VisitorReadings>();
        services.AddOptions<SweepScheduleOptions>().BindConfiguration(SweepScheduleOptions.SectionName);
        services.AddSingleton<SweepScheduleReader>();
        services.AddSingleton<SeatReadsReader>();
    }

    /// <summary>HybridCache in memory, with Redis as its second level when the <c>cache</c> connection is configured.</summary>
    private static void AddCaching(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName);
        services.AddHybridCache(options =>
        {
            options.MaximumPayloadBytes = 32 * 1024 * 1024;
            options.MaximumKeyLength = 2048;
        }).AddSerializer<CachedResponse, CachedResponseSerializer>();
        services.AddSingleton<DataVersionMonitor>();
        services.AddSingleton<DataChanges>();
        services.AddSingleton<ViewCache>();
        services.AddSingleton<VersionedCache>();

        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(CacheConnectionName)))
        {
            builder.AddRedisClient(CacheConnectionName);
            services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((options, sp) =>
                options.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<IDistributedCache, FailSafeDistributedCache>();
            services.AddHostedService<DataChangedSubscriber>();
        }
    }

    /// <summary>API keys (header <c>X-Api-Key</c>), the callers' policies and per-key rate limits.</summary>
    private static void AddKeys(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName);
        services.AddSingleton<KeyDirectory>();
        services.AddSingleton<ApiKeyIssuer>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddCallerPolicies();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AdminSiteRefusals>();
        services.AddKeyRateLimits();
    }
}
