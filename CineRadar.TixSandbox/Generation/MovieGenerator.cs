using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

/// <summary>
/// Picks the 30 movies of the seed from the pool and gives each a popularity, a reach (national, wide or a few
/// cities), presale status, ids and a poster.
/// </summary>
internal static class MovieGenerator
{
    public const int MovieCount = 30;
    private const int PresaleCount = 3;
    private const int SplitIdCount = 10;
    private static readonly DateTimeOffset IdEra = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SandboxMovie> Generate(long seed, IReadOnlyList<CityMarket> markets, bool fourthChain)
    {
        var random = DeterministicRandom.For(seed, "movies");
        var pool = NamePools.Movies.ToList();
        random.Shuffle(pool);
        var order = Enumerable.Range(0, MovieCount).ToList();
        random.Shuffle(order);
        var presale = order.Where(i => i < 15).Take(PresaleCount).ToHashSet();
        random.Shuffle(order);
        var splitIds = order.Take(SplitIdCount).ToHashSet();
        IReadOnlyList<SandboxChain> chains = fourthChain
            ? SandboxChain.All
            : [SandboxChain.Xxi, SandboxChain.Cgv, SandboxChain.Cinepolis];

        var movies = new List<SandboxMovie>(MovieCount);
        for (var i = 0; i < MovieCount; i++)
        {
            var own = DeterministicRandom.For(seed, "movie", i);
            var reach = i < 10 ? MovieReach.National : i < 22 ? MovieReach.Wide : MovieReach.Limited;
            var created = IdEra.AddDays(i * 5).AddMinutes(own.Between(0, 1_000));
            var seedMovie = pool[i];
            movies.Add(new SandboxMovie(
                i,
                SnowflakeIds.Create(created, own.NextUInt64()),
                splitIds.Contains(i) ? SnowflakeIds.Create(created.AddDays(-2), own.NextUInt64()) : null,
                seedMovie.Title,
                seedMovie.Genres,
                seedMovie.AgeCategory,
                seedMovie.Country,
                PosterId(own),
                seedMovie.RuntimeMinutes,
                Math.Round(2.6 / (1 + (0.28 * i)), 3),
                reach,
                presale.Contains(i),
                CitiesFor(reach, markets, own),
                ChainsFor(reach, chains, own)));
        }

        return movies;
    }

    private static HashSet<string> CitiesFor(MovieReach reach, IReadOnlyList<CityMarket> markets, DeterministicRandom random) => reach switch
    {
        MovieReach.National => [.. markets.Select(m => m.City.Id)],
        MovieReach.Wide => [.. markets.Where(m => m.Theatres >= 3 || random.Chance(0.35)).Select(m => m.City.Id)],
        _ => LimitedCities(markets, random),
    };

    private static HashSet<string> LimitedCities(IReadOnlyList<CityMarket> markets, DeterministicRandom random)
    {
        var large = markets.Where(m => m.Theatres >= 6 && m.City.Name != "JAKARTA").Select(m => m.City.Id).ToList();
        random.Shuffle(large);
        HashSet<string> cities = [.. large.Take(random.Between(2, 6))];
        cities.Add(markets.First(m => m.City.Name == "JAKARTA").City.Id);
        return cities;
    }

    private static HashSet<SandboxChain> ChainsFor(MovieReach reach, IReadOnlyList<SandboxChain> chains, DeterministicRandom random)
    {
        if (reach != MovieReach.Limited)
        {
            return [.. chains];
        }

        var shuffled = chains.ToList();
        random.Shuffle(shuffled);
        return [.. shuffled.Take(random.Between(1, 2))];
    }

    private static string PosterId(DeterministicRandom random)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, random.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], random.NextUInt64());
        return new Guid(bytes).ToString();
    }
}
