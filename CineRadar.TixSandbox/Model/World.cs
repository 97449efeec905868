using CineRadar.TixSandbox.Generation;

namespace CineRadar.TixSandbox.Model;

/// <summary>What does not change from day to day: cities, theatres with their rooms, and the movies.</summary>
internal sealed class World
{
    public World(long seed, IReadOnlyList<CityMarket> markets, IReadOnlyList<SandboxTheatre> theatres, IReadOnlyList<SandboxMovie> movies)
    {
        Seed = seed;
        Markets = markets;
        Theatres = theatres;
        Movies = movies;
        MarketsByCityId = markets.ToDictionary(m => m.City.Id, StringComparer.Ordinal);
        TheatresByCityId = theatres.GroupBy(t => t.City.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SandboxTheatre>)[.. g], StringComparer.Ordinal);
        MoviesByScheduleId = movies.ToDictionary(m => m.ScheduleId, StringComparer.Ordinal);
        MoviesByPosterId = movies.ToDictionary(m => m.PosterId, StringComparer.Ordinal);
    }

    public long Seed { get; }

    public IReadOnlyList<CityMarket> Markets { get; }

    public IReadOnlyList<SandboxTheatre> Theatres { get; }

    public IReadOnlyList<SandboxMovie> Movies { get; }

    public IReadOnlyDictionary<string, CityMarket> MarketsByCityId { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<SandboxTheatre>> TheatresByCityId { get; }

    public IReadOnlyDictionary<string, SandboxMovie> MoviesByScheduleId { get; }

    public IReadOnlyDictionary<string, SandboxMovie> MoviesByPosterId { get; }
}
