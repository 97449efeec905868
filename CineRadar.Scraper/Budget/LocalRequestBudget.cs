namespace CineRadar.Scraper.Budget;

/// <summary>
/// A budget for one process: evenly spaced slots (a generic cell rate), on the injected clock so that a simulated day
/// runs at simulated speed.
/// </summary>
public sealed class LocalRequestBudget(double requestsPerSecond, TimeProvider clock) : IRequestBudget
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / Validate(requestsPerSecond));
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    public double RequestsPerSecond { get; } = requestsPerSecond;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _interval;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    internal static double Validate(double requestsPerSecond) => requestsPerSecond > 0 && double.IsFinite(requestsPerSecond)
        ? requestsPerSecond
        : throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "The request rate must be a positive number.");
}
