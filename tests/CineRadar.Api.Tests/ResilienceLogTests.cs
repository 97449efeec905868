using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CineRadar.Api.Tests;

/// <summary>The service defaults' resilience handler logs a successful attempt at Debug and a failed one as a Warning.</summary>
public sealed class ResilienceLogTests
{
    [Fact]
    public async Task SuccessfulAttemptIsDebugAndFailedAttemptStaysAWarning()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders().AddFilter("Polly", LogLevel.Trace).AddFakeLogging();
        builder.Services.AddHttpClient("probe").ConfigurePrimaryHttpMessageHandler(() => new Answers(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK));
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.Delay = TimeSpan.Zero);
        using var host = builder.Build();
        using var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("probe");

        using var first = await http.GetAsync(new Uri("http://localhost/first"));
        using var retried = await http.GetAsync(new Uri("http://localhost/second"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retried.StatusCode));
        var attempts = host.Services.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Category == "Polly" && r.Message.StartsWith("Execution attempt", StringComparison.Ordinal))
            .Select(r => r.Level)
            .ToList();
        Assert.Equal([LogLevel.Debug, LogLevel.Warning, LogLevel.Debug], attempts);
    }

    /// <summary>Answers each request with the next status of its list.</summary>
    private sealed class Answers(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        private int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(statuses[Interlocked.Increment(ref _next) - 1]));
    }
}
