#:sdk Microsoft.NET.Sdk.Web
#:package OpenTelemetry.Extensions.Hosting
#:package OpenTelemetry.Instrumentation.AspNetCore
// The framework's floor under the Api: the same bytes as BareEndpoint.cs, behind the middleware the Api runs on every
// read (exception handler, status-code pages, API-key authentication, a token-bucket rate limiter, authorization and
// OpenTelemetry traces and metrics of every request), with trivial handlers in place of CineRadar's. The Api's cached
// read against this floor is what CineRadar's own code costs. Usage: dotnet run PipelineEndpoint.cs -- <body.json> <url>
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

var body = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddProblemDetails();
builder.Services.AddAuthentication("key").AddScheme<AuthenticationSchemeOptions, AnyKey>("key", null);
builder.Services.AddAuthorization();
builder.Services.AddRateLimiter(options => options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
    RateLimitPartition.GetTokenBucketLimiter(http.User.Identity?.Name ?? "", _ => new TokenBucketRateLimiterOptions
    {
        TokenLimit = 100_000_000, TokensPerPeriod = 100_000_000, ReplenishmentPeriod = TimeSpan.FromMilliseconds(100), QueueLimit = 0,
    })));
builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation())
    .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation());
var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapGet("/api/v1/movies", () => Results.Bytes(body, "application/json; charset=utf-8")).RequireAuthorization();
app.Run(args[1]);

/// <summary>Any X-Api-Key is one caller, resolved from a prebuilt principal.</summary>
sealed class AnyKey(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly ClaimsPrincipal Caller = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench")], "key"));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(
        Request.Headers.ContainsKey("X-Api-Key") ? AuthenticateResult.Success(new AuthenticationTicket(Caller, "key")) : AuthenticateResult.NoResult());
}
