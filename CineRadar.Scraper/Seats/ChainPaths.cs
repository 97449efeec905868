using System.Collections.Concurrent;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Browser;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// The seat-map path of every chain: the reference's for XXI, CGV and Cinépolis, learned from the app for any other
/// (one seat map opened in the browser). A chain whose path is not learned yet is not sampled, and the
/// <c>tix-chain-path-unknown</c> alert says so and why; it is tried again at the next planning.
/// </summary>
public sealed class ChainPaths(IChainPathLearner learner, IAlertStore alerts, TimeProvider clock, ILogger<ChainPaths> logger)
{
    public const string UnknownPathAlert = "tix-chain-path-unknown";

    private readonly ConcurrentDictionary<string, string> _learned = new(StringComparer.Ordinal);

    /// <summary>The path of a merchant's seat maps, or null while it is not known.</summary>
    public string? Find(string merchant)
    {
        var chain = Chains.FromMerchant(merchant);
        return chain.SeatApiPath ?? _learned.GetValueOrDefault(chain.Key);
    }

    /// <summary>The showtimes whose chain's seat-map path is known, after learning the paths still missing.</summary>
    public async Task<IReadOnlyList<SampledShowtime>> SampleableAsync(IReadOnlyList<SampledShowtime> showtimes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var chain in showtimes.Where(s => Find(s.Merchant) is null).GroupBy(s => Chains.FromMerchant(s.Merchant).Key))
        {
            var example = chain.Where(s => s.Bookable && s.StartsAt > now).MinBy(s => s.StartsAt);
            if (example is null)
            {
                continue;
            }

            await LearnAsync(chain.Key, example, chain.Count(), cancellationToken);
        }

        return showtimes.Where(s => Find(s.Merchant) is not null).ToList();
    }

    private async Task LearnAsync(string chainKey, SampledShowtime example, int showtimes, CancellationToken cancellationToken)
    {
        try
        {
            var path = await learner.LearnAsync(example, cancellationToken);
            _learned[chainKey] = path;
            logger.LogInformation("Seat maps of {Chain} are at /v1/movies/{Path}/layout (learned from the app)", chainKey, path);
            await alerts.ResolveAsync(UnknownPathAlert, chainKey, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The seat-map path of {Chain} could not be learned from the app", chainKey);
            await alerts.RaiseAsync(UnknownPathAlert, chainKey, AlertSeverity.Warning,
                $"{showtimes} showtimes of {example.Merchant} are not sampled: the reference does not record its seat-map path and the app " +
                $"did not show it (opening the seat map of {example.TheatreName} {example.DisplayTime}: {ex.Message}). Tried again at the next planning.",
                cancellationToken);
        }
    }
}
