namespace CineRadar.Scraper.Budget;

/// <summary>
/// The one budget of requests towards TIX. Every request (schedule sweep and seat sampling alike, retries included)
/// waits for its slot here, so the scraper never exceeds the configured rate however many tasks run at once.
/// </summary>
public interface IRequestBudget
{
    double RequestsPerSecond { get; }

    /// <summary>Waits until this caller may send one request.</summary>
    ValueTask WaitAsync(CancellationToken cancellationToken);
}
