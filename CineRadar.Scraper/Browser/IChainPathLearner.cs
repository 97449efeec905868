using CineRadar.Core.Sampling;

namespace CineRadar.Scraper.Browser;

/// <summary>Learns a chain's seat-map path from the app: the path it calls when one of the chain's seat maps is opened.</summary>
public interface IChainPathLearner
{
    /// <summary>Opens <paramref name="showtime"/>'s seat map in the app and returns the path segment it called.</summary>
    Task<string> LearnAsync(SampledShowtime showtime, CancellationToken cancellationToken);
}
