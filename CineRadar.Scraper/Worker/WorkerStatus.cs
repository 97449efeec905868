using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CineRadar.Scraper.Worker;

/// <summary>What the worker's loops last did, for its health check.</summary>
public sealed class WorkerStatus(TimeProvider clock) : IHealthCheck
{
    private volatile string? _lastError;
    private DateTimeOffset _lastErrorAt;

    public void Failed(Exception error)
    {
        _lastErrorAt = clock.GetUtcNow();
        _lastError = error.Message;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_lastError is { } error && clock.GetUtcNow() - _lastErrorAt < TimeSpan.FromMinutes(5)
            ? HealthCheckResult.Degraded($"The worker's last step failed at {_lastErrorAt:u}: {error}")
            : HealthCheckResult.Healthy());
}
