using CineRadar.Contracts;

namespace CineRadar.Public.Views;

/// <summary>A city's theatres for a movie, narrowed to one chain; the chains there are, for the filter.</summary>
public static class TheatreFilter
{
    public static IReadOnlyList<ChainDto> Chains(IEnumerable<TheatreRooms> theatres) =>
        theatres.Select(t => t.Theatre.Chain).DistinctBy(c => c.Key, StringComparer.OrdinalIgnoreCase).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<TheatreRooms> ByChain(IEnumerable<TheatreRooms> theatres, string? chain) =>
        theatres.Where(t => string.IsNullOrEmpty(chain) || string.Equals(t.Theatre.Chain.Key, chain, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Theatre.Name, StringComparer.Ordinal)
            .ToList();
}
