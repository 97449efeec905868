using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

internal static class WorldGenerator
{
    public static World Generate(long seed, bool fourthChain)
    {
        var markets = CityMarkets.All;
        return new World(
            seed,
            markets,
            TheatreGenerator.Generate(seed, markets, fourthChain),
            MovieGenerator.Generate(seed, markets, fourthChain));
    }
}
