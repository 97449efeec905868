using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.ServiceDefaults;
using StackExchange.Redis;

namespace CineRadar.Scraper.Budget;

/// <summary>
/// The budget every scraper process shares through Redis, which keeps working while Redis cannot be reached: the
/// process then keeps to a local share of the rate (the rate divided by the expected number of processes, so that all
/// of them together stay within it), raises the <see cref="Code"/> alert, and checks Redis again in the background
/// every <see cref="ProbeInterval"/>; the shared budget and the resolved alert come back with Redis.
/// </summary>
public sealed class SharedRequestBudget : IRequestBudget
{
    public const string Code = "tix-budget-local";
    public const string Subject = "redis";

    /// <summary>How often a process on its local share checks whether Redis is back.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(10);

    private readonly RedisRequestBudget _shared;
    private readonly IConnectionMultiplexer _redis;
    private readonly LocalRequestBudget _local;
    private readonly IAlertStore _alerts;
    private readonly FallbackSwitch _outage;
    private readonly ILogger<SharedRequestBudget> _logger;

    public SharedRequestBudget(
        IConnectionMultiplexer redis, double requestsPerSecond, int expectedProcesses, IAlertStore alerts, TimeProvider clock, ILogger<SharedRequestBudget> logger)
    {
        _redis = redis;
        _shared = new RedisRequestBudget(redis, requestsPerSecond, clock);
        _local = new LocalRequestBudget(requestsPerSecond / Math.Max(1, expectedProcesses), clock);
        _alerts = alerts;
        _outage = new FallbackSwitch(ProbeInterval, clock, AnswersAsync);
        _logger = logger;
        RequestsPerSecond = requestsPerSecond;
    }

    public double RequestsPerSecond { get; }

    /// <summary>The rate this process keeps to while Redis cannot be reached.</summary>
    public double LocalShare => _local.RequestsPerSecond;

    /// <summary>True while Redis cannot be reached and this process keeps to its local share.</summary>
    public bool OnLocalShare => _outage.OnFallback;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (!OnLocalShare)
        {
            try
            {
                await _shared.WaitAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (IsRedisFailure(ex))
            {
                await FallBackAsync(ex, cancellationToken);
            }
        }

        _outage.ProbeWhenDue(OnRedisBackAsync);
        await _local.WaitAsync(cancellationToken);
    }

    private static bool IsRedisFailure(Exception ex) => RedisProbe.IsFailure(ex);

    private async Task FallBackAsync(Exception failure, CancellationToken cancellationToken)
    {
        if (!_outage.FallBack())
        {
            return;
        }

        _logger.LogWarning(failure, "Redis cannot be reached: the TIX request budget falls back to this process's share, {Share} req/s", LocalShare);
        await RecordAsync(
            () => _alerts.RaiseAsync(Code, Subject, AlertSeverity.Warning,
                $"Redis cannot be reached ({failure.GetType().Name}): this scraper process keeps to its share of the TIX request budget, "
                + $"{RequestsPerSecond:0.##} / {RequestsPerSecond / LocalShare:0} = {LocalShare:0.##} req/s, until Redis is back.",
                cancellationToken));
    }

    private Task<bool> AnswersAsync() => RedisProbe.AnswersAsync(_redis);

    private async Task OnRedisBackAsync()
    {
        _logger.LogInformation("Redis is back: the TIX request budget is shared again at {Rate} req/s", RequestsPerSecond);
        await RecordAsync(() => _alerts.ResolveAsync(Code, Subject));
    }

    /// <summary>An alert that cannot be written is logged; it never stops a request.</summary>
    private async Task RecordAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "The {Code} alert could not be written", Code);
        }
    }
}
