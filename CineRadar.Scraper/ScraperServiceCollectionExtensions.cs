using System.Data.Common;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Data;
using CineRadar.Data.Webhooks;
using CineRadar.Scraper.Browser;
using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Publishing;
using CineRadar.Scraper.Resweeps;
using CineRadar.Scraper.Runs;
using CineRadar.Scraper.SeatReads;
using CineRadar.Scraper.Seats;
using CineRadar.Scraper.Sweeps;
using CineRadar.Scraper.Telemetry;
using CineRadar.Scraper.Tix;
using CineRadar.Scraper.Tokens;
using CineRadar.Scraper.Webhooks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Refit;
using StackExchange.Redis;

namespace CineRadar.Scraper;

/// <summary>Everything the scraper needs, shared by the worker host and the <c>cineradar</c> commands.</summary>
public static class ScraperServiceCollectionExtensions
{
    public const string CacheConnectionName = "cache";

    public static IHostApplicationBuilder AddScraper(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TixOptions>().BindConfiguration(TixOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TixOptions>, TixOptionsValidation>();
        services.AddOptions<ValidationOptions>().BindConfiguration(ValidationOptions.SectionName);
        services.AddOptions<RunOptions>().BindConfiguration(RunOptions.SectionName);
        services.AddCineRadarStore(builder.Configuration);
        services.AddWebhookOutbox();
        services.AddSingleton<PublishedDays>();
        services.AddSingleton<EstimatesFinal>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDeliverer>();
        services.AddMetrics();
        services.AddSingleton<ScraperTelemetry>();

        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(CacheConnectionName)))
        {
            builder.AddRedisClient(CacheConnectionName);
            services.AddSingleton<IDataChangedNotifier, RedisDataChangedNotifier>();
        }
        else
        {
            services.AddSingleton<IDataChangedNotifier, StoreVersionOnlyNotifier>();
        }

        services.AddSingleton<IRequestBudget>(sp =>
        {
            var tix = sp.GetRequiredService<IOptions<TixOptions>>().Value;
            var clock = sp.GetRequiredService<TimeProvider>();
            return sp.GetService<IConnectionMultiplexer>() is { } redis
                ? new SharedRequestBudget(
                    redis, tix.RequestsPerSecond, tix.ExpectedProcesses, sp.GetRequiredService<Core.Stores.IAlertStore>(), clock,
                    sp.GetRequiredService<ILogger<SharedRequestBudget>>())
                : new LocalRequestBudget(tix.RequestsPerSecond, clock);
        });

        services.AddSingleton<ISeatReadCounter>(sp =>
            sp.GetService<IConnectionMultiplexer>() is { } redis
                ? new SharedSeatReadCounter(
                    redis, sp.GetRequiredService<IOptions<TixOptions>>().Value.ExpectedProcesses, sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<SharedSeatReadCounter>>())
                : new LocalSeatReadCounter());
        services.AddSingleton<DailySeatReads>();
        services.AddSingleton<SeatBlockWatch>();

        services.AddSingleton<ChromiumHost>();
        services.AddSingleton<IBrowserLogin, PlaywrightLogin>();
        services.AddSingleton<IGuestSession, BrowserGuestSession>();
        services.AddSingleton<TixTokenService>();
        services.AddTransient<BudgetHandler>();
        services.AddTransient<MeteringHandler>();
        services.AddTransient<GuestHeadersHandler>();
        services.AddTransient<AccessTokenHandler>();
        services.AddTransient<SeatReadHandler>();
        services.AddTixClient<ITixCatalogApi>().AddHttpMessageHandler<GuestHeadersHandler>().AddTixTail();
        services.AddTixClient<ITixSeatApi>().AddHttpMessageHandler<AccessTokenHandler>().AddHttpMessageHandler<SeatReadHandler>().AddTixTail();
        services.AddTixClient<ITixAuthApi>().AddTixTail();
        services.AddPipelines();

        services.AddSingleton<TixApiClient>();
        services.AddSingleton<ApiCatalogSource>();
        services.AddSingleton<BrowserCatalogSource>();
        services.AddSingleton<ICatalogSourceProvider, CatalogSourceProvider>();
        services.AddSingleton<CityDirectory>();
        services.AddSingleton<CitySweeper>();
        services.AddSingleton<DataChangeAnnouncer>();
        services.AddSingleton<DayValidator>();
        services.AddSingleton<UnknownsReporter>();
        services.AddSingleton<CityFailureAlerts>();
        services.AddSingleton<DayVerdictAlerts>();
        services.AddSingleton<RunPublisher>();
        services.AddSingleton<RunProcessor>();
        services.AddSingleton<SweepRequests>();
        services.AddSingleton<ResweepRequests>();
        services.AddSingleton<Resweeper>();
        services.AddOptions<SweepScheduleOptions>().BindConfiguration(SweepScheduleOptions.SectionName);
        services.AddSingleton<TokenRuns>();

        services.AddOptions<SamplingOptions>().BindConfiguration(SamplingOptions.SectionName);
        services.AddSingleton<SeatTelemetry>();
        services.AddSingleton<SamplingStats>();
        services.AddSingleton<SampleWriter>();
        services.AddSingleton<IChainPathLearner, AppChainPathLearner>();
        services.AddTransient<Probe.TixProbe>();
        services.AddSingleton<ChainPaths>();
        services.AddSingleton<ISeatSampleTaker, TixSeatSampleTaker>();
        services.AddSingleton<SeatScheduler>();
        services.AddSingleton<RollupFolder>();
        services.AddSingleton<SamplingHeat>();
        services.AddSingleton<SamplingBehindAlert>();
        services.AddSingleton<SeatSampler>();
        services.AddSingleton(sp => new LeaderLease(
            sp.GetRequiredService<ILeaseStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SamplingOptions>>().Value.LeaderLeaseDuration));
        services.AddSingleton<SeatRuns>();
        services.AddOptions<VisitorReadingOptions>().BindConfiguration(VisitorReadingOptions.SectionName);
        services.AddSingleton<VisitorReadings>();
        return builder;
    }

    /// <summary>A Refit client for the TIX API with TIX's own resilience (instead of the service defaults').</summary>
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers: the service defaults' standard handler gives way to TIX's pipeline.
    private static IHttpClientBuilder AddTixClient<T>(this IServiceCollection services) where T : class =>
        services.AddRefitGeneratedClient<T>()
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<TixOptions>>().Value.ApiUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RemoveAllResilienceHandlers()
            .AddTixResilience();
#pragma warning restore EXTEXP0001

    /// <summary>Retries with backoff and jitter honouring Retry-After (429, 5xx, timeouts), a circuit breaker, a per-try timeout.</summary>
    private static IHttpClientBuilder AddTixResilience(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler("tix", (pipeline, context) =>
        {
            var telemetry = context.ServiceProvider.GetRequiredService<ScraperTelemetry>();
            var retries = context.ServiceProvider.GetRequiredService<IOptions<TixOptions>>().Value.Retries;

            // Network timeouts and backoff are real seconds, even when the rest of the scraper runs on a simulated clock.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(TimeSpan.FromMinutes(3));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retries.MaxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retries.BaseDelay,
                MaxDelay = retries.MaxDelay,
                ShouldRetryAfterHeader = true,
                OnRetry = args =>
                {
                    telemetry.Retries.Add(1);
                    return ValueTask.CompletedTask;
                },
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                SamplingDuration = TimeSpan.FromMinutes(1),
                MinimumThroughput = 30,
                FailureRatio = 0.8,
                BreakDuration = TimeSpan.FromSeconds(10),
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(20));
        });
        return client;
    }

    /// <summary>The handlers every TIX request passes last: the shared budget, then metering of what really goes out.</summary>
    private static IHttpClientBuilder AddTixTail(this IHttpClientBuilder client) =>
        client.AddHttpMessageHandler<BudgetHandler>().AddHttpMessageHandler<MeteringHandler>();

    /// <summary>Named pipelines for the steps that are not HTTP calls to TIX.</summary>
    private static void AddPipelines(this IServiceCollection services)
    {
        services.AddResiliencePipeline(TixApiClient.PayloadPipeline, pipeline => pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<TixPayloadException>(),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(500),
        }));
        services.AddResiliencePipeline(RunPublisher.CommitPipeline, pipeline => pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<DbException>().Handle<HttpRequestException>().Handle<TimeoutException>(),
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(1),
        }));
        // The pause before the login's second try waits for the browser and the app, so it runs on the machine's clock,
        // never on the service's TimeProvider: a simulated day logs in before its clock starts, and would wait forever.
        services.AddResiliencePipeline(TixTokenService.LoginPipeline, pipeline => pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Microsoft.Playwright.PlaywrightException>(),
            MaxRetryAttempts = 1,
            Delay = TimeSpan.Zero,
            OnRetry = args => new ValueTask(Task.Delay(TixTokenService.LoginRetryPause, args.Context.CancellationToken)),
        }));
    }
}
