using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CineRadar.Api.Security;

/// <summary>
/// A token bucket per key, as large as the key's requests per minute and refilled evenly through the minute: shared by
/// every replica through Redis when the <c>cache</c> connection is configured (<see cref="SharedKeyLimits"/>), this
/// process's own otherwise. A refused request gets 429 ProblemDetails with <c>Retry-After</c> in seconds. Keys without a
/// limit, and anonymous requests (which the routes refuse anyway), are not counted.
/// </summary>
internal static class RateLimits
{
    /// <summary>The shortest refill step; faster keys get more tokens per step.</summary>
    private static readonly TimeSpan ShortestStep = TimeSpan.FromMilliseconds(100);

    /// <summary>Per-key limits, shared through Redis when the Api has a Redis client (registered with the cache, before this).</summary>
    public static void AddKeyRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        if (services.Any(s => s.ServiceType == typeof(StackExchange.Redis.IConnectionMultiplexer)))
        {
            services.AddSingleton<SharedKeyLimits>();
        }

        services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider>((options, sp) => Configure(options, sp.GetService<SharedKeyLimits>()));
    }

    private static void Configure(RateLimiterOptions options, SharedKeyLimits? shared)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            Caller.Of(http.User) is not { RequestsPerMinute: > 0 } caller ? RateLimitPartition.GetNoLimiter("")
            : shared is null ? RateLimitPartition.GetTokenBucketLimiter(caller.Partition, _ => Bucket(caller.RequestsPerMinute))
            : RateLimitPartition.Get(caller.Partition, _ => shared.BucketFor(caller)));
        options.OnRejected = OnRejectedAsync;
    }

    public static TokenBucketRateLimiterOptions Bucket(int requestsPerMinute)
    {
        var step = TimeSpan.FromMinutes(1) / requestsPerMinute;
        var tokensPerStep = 1;
        if (step < ShortestStep)
        {
            tokensPerStep = (int)Math.Ceiling(requestsPerMinute * ShortestStep / TimeSpan.FromMinutes(1));
            step = ShortestStep;
        }

        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = requestsPerMinute,
            TokensPerPeriod = tokensPerStep,
            ReplenishmentPeriod = step,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : Math.Max(1, (int)Math.Ceiling(60.0 / Math.Max(1, Caller.Of(http.User)?.RequestsPerMinute ?? 60)));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"This key's rate limit is used up; try again in {seconds} s.",
            },
        });
    }
}
