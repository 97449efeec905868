using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Generation;

/// <summary>The category strings each chain uses for its rooms, messy as the real ones (reference §1.11).</summary>
internal static class RoomCatalog
{
    public static IReadOnlyList<(string Category, double Weight)> RegularCategories(SandboxChain chain) => chain.PathSegment switch
    {
        "xxi" => [("2D", 0.35), ("REGULAR 2D", 0.5), ("REGULAR ", 0.05), ("REGULAR 3D", 0.1)],
        "cgv" => [("REGULAR 2D", 0.85), ("REGULAR 3WAY 2D", 0.1), ("2D", 0.05)],
        "cinepolis" => [("REGULAR 2D", 0.7), ("2D", 0.3)],
        _ => [("REGULAR 2D", 1.0)],
    };

    public static IReadOnlyList<string> Categories(SandboxChain chain, RoomTier tier) => (chain.PathSegment, tier) switch
    {
        ("xxi", RoomTier.Large) => ["IMAX 3D", "IMAX 2D"],
        ("xxi", RoomTier.Experience) => ["DOLBY ATMOS 2D"],
        ("xxi", RoomTier.Premium) => ["PREMIERE 2D"],
        ("cgv", RoomTier.Large) => ["STARIUM 2D"],
        ("cgv", RoomTier.Experience) => ["4DX3D", "SCREENX 2D/3D", "SCREENX GOLD SCREENX 3D"],
        ("cgv", RoomTier.Premium) => ["GOLD CLASS 2D", "VELVET 2D", "VELVET BY OCEAN 2D", "SATIN 2D", "SATIN SUITE 2D"],
        ("cinepolis", RoomTier.Large or RoomTier.Experience) => ["4DX3D"],
        ("cinepolis", RoomTier.Premium) => ["VIP 2D/3D", "LUXE 2D", "JOMO 2D"],
        (_, RoomTier.Premium) => ["FLIX LOUNGE 2D"],
        _ => ["REGULAR 2D"],
    };

    /// <summary>Seats per row (aisles excluded), aisles and target capacity for a room tier.</summary>
    public static (int MinWidth, int MaxWidth, int Aisles, int MinSeats, int MaxSeats) Shape(RoomTier tier) => tier switch
    {
        RoomTier.Large => (22, 28, 2, 300, 390),
        RoomTier.Experience => (12, 16, 1, 120, 180),
        RoomTier.Premium => (8, 12, 1, 84, 110),
        _ => (14, 22, 2, 150, 300),
    };

    /// <summary>How many times the city's regular ticket price a room of this tier costs.</summary>
    public static (double Min, double Max) PriceFactor(RoomTier tier) => tier switch
    {
        RoomTier.Large => (1.6, 2.0),
        RoomTier.Experience => (1.7, 2.2),
        RoomTier.Premium => (3.0, 5.0),
        _ => (1.0, 1.0),
    };
}
