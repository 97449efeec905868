using System.Globalization;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

/// <summary>Generates the theatres of every city: chain, name, address, coordinates and rooms.</summary>
internal static class TheatreGenerator
{
    private static readonly DateTimeOffset IdEra = new(2018, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SandboxTheatre> Generate(long seed, IReadOnlyList<CityMarket> markets, bool fourthChain)
    {
        var theatres = new List<SandboxTheatre>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var market in markets)
        {
            for (var i = 0; i < market.Theatres; i++)
            {
                var random = DeterministicRandom.For(seed, "theatre", $"{market.City.Id}/{i}");
                theatres.Add(Create(theatres.Count, market, PickChain(market, random), random, names));
            }
        }

        // The fourth chain's theatres come last and draw from their own streams, so switching it on changes no other theatre.
        if (fourthChain)
        {
            foreach (var market in markets)
            {
                for (var i = 0; i < CityMarkets.FourthChainTheatres.GetValueOrDefault(market.City.Name); i++)
                {
                    var random = DeterministicRandom.For(seed, "theatre-fourth-chain", $"{market.City.Id}/{i}");
                    theatres.Add(Create(theatres.Count, market, SandboxChain.Flix, random, names));
                }
            }
        }

        return theatres;
    }

    private static SandboxChain PickChain(CityMarket market, DeterministicRandom random)
    {
        double[] weights = market.IsSmall ? [0.7, 0.15, 0.15] : [0.58, 0.22, 0.2];
        return random.PickWeighted(weights) switch
        {
            0 => SandboxChain.Xxi,
            1 => SandboxChain.Cgv,
            _ => SandboxChain.Cinepolis,
        };
    }

    private static SandboxTheatre Create(int index, CityMarket market, SandboxChain chain, DeterministicRandom random, HashSet<string> names)
    {
        var mall = UniqueMallName(market, chain, random, names);
        var name = chain.PathSegment switch
        {
            "xxi" => $"{mall} XXI",
            "cgv" => $"CGV {mall}",
            "cinepolis" => $"CINEPOLIS {mall}",
            _ => $"{chain.MerchantName} {mall}",
        };
        var layout = chain.PathSegment switch
        {
            "cgv" => random.Chance(0.25) ? LayoutVariant.FlatCgv : LayoutVariant.NestedAisleEntries,
            "cinepolis" => LayoutVariant.Flat,
            _ => LayoutVariant.NestedGaps,
        };
        var spread = market.IsLarge ? 0.12 : 0.04;
        var id = SnowflakeIds.Create(IdEra.AddHours(index * 7).AddMinutes(random.Between(0, 400)), random.NextUInt64());
        return new SandboxTheatre(
            index,
            id,
            name,
            Address(mall, market, random),
            market.City,
            chain,
            layout,
            Math.Round(market.Latitude + random.Between(-spread, spread), 6),
            Math.Round(market.Longitude + random.Between(-spread, spread), 6),
            RoomGenerator.Generate(market, chain, random));
    }

    private static string UniqueMallName(CityMarket market, SandboxChain chain, DeterministicRandom random, HashSet<string> names)
    {
        var jakarta = market.City.Name == "JAKARTA";
        var patterns = jakarta ? NamePools.JakartaMallPatterns : NamePools.CityMallPatterns;
        var areas = jakarta ? NamePools.JakartaAreas : NamePools.GenericAreas;
        for (var attempt = 0; ; attempt++)
        {
            var mall = string.Format(CultureInfo.InvariantCulture, random.Pick(patterns), random.Pick(areas), market.City.Name);
            if (attempt > 40)
            {
                mall = $"{mall} {attempt}";
            }

            if (names.Add($"{chain.PathSegment}|{mall}"))
            {
                return mall;
            }
        }
    }

    private static string Address(string mall, CityMarket market, DeterministicRandom random)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(mall.ToLowerInvariant());
        var city = market.City.Name == "JAKARTA"
            ? random.Pick(NamePools.JakartaDistricts)
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(market.City.Name.ToLowerInvariant());
        return $"{title} Lt. {random.Between(1, 5)}, Jl. {random.Pick(NamePools.Streets)} No. {random.Between(1, 220)}, {city}";
    }
}
