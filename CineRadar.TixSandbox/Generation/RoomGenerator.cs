using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

/// <summary>Generates a theatre's rooms: tiers, category strings, seat plans and base prices.</summary>
internal static class RoomGenerator
{
    public static IReadOnlyList<SandboxRoom> Generate(CityMarket market, SandboxChain chain, DeterministicRandom random)
    {
        var tiers = new List<RoomTier>();
        var regularRooms = market.IsSmall ? random.Between(2, 3) : chain.PathSegment switch
        {
            "cgv" => random.Between(4, 6),
            "cinepolis" => random.Between(3, 5),
            "flix" => random.Between(3, 4),
            _ => random.Between(3, 6),
        };
        tiers.AddRange(Enumerable.Repeat(RoomTier.Regular, regularRooms));
        if (!market.IsSmall)
        {
            AddIf(tiers, RoomTier.Premium, random.Chance(0.45));
            AddIf(tiers, RoomTier.Premium, random.Chance(0.12));
            AddIf(tiers, RoomTier.Large, market.IsLarge && chain.PathSegment is "xxi" or "cgv" && random.Chance(0.12));
            AddIf(tiers, RoomTier.Experience, market.IsLarge && random.Chance(0.15));
        }

        var regularCategories = RoomCatalog.RegularCategories(chain);
        var houseCategory = regularCategories[random.PickWeighted([.. regularCategories.Select(c => c.Weight)])].Category;
        var cityPrice = market.Theatres >= 40 ? 50_000 : market.IsLarge ? 40_000 : market.IsSmall ? 30_000 : 35_000;
        var chainPrice = chain.PathSegment switch { "cgv" => 5_000, "flix" => 10_000, _ => 0 };
        var rooms = new List<SandboxRoom>(tiers.Count);
        var pricing = new Dictionary<string, (int Price, bool Range)>(StringComparer.Ordinal);
        foreach (var tier in tiers)
        {
            var category = tier == RoomTier.Regular
                ? (random.Chance(0.12) ? "REGULAR 3D" : houseCategory)
                : random.Pick(RoomCatalog.Categories(chain, tier));
            if (!pricing.TryGetValue(category, out var price))
            {
                // Rooms of one category share a price: TIX shows one price string per category.
                var (minFactor, maxFactor) = RoomCatalog.PriceFactor(tier);
                var amount = RoundToFiveThousand((cityPrice + chainPrice + (random.Between(-1, 2) * 5_000)) * random.Between(minFactor, maxFactor));
                price = pricing[category] = (Math.Min(amount, 300_000), random.Chance(chain.PathSegment switch { "cgv" => 0.7, "cinepolis" => 0.4, _ => 0.2 }));
            }

            rooms.Add(new SandboxRoom(rooms.Count + 1, category, tier, SeatGridGenerator.Generate(tier, random), price.Price, price.Range));
        }

        return rooms;
    }

    private static void AddIf(List<RoomTier> tiers, RoomTier tier, bool condition)
    {
        if (condition)
        {
            tiers.Add(tier);
        }
    }

    private static int RoundToFiveThousand(double price) => (int)Math.Round(price / 5_000) * 5_000;
}
