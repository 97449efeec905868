using CineRadar.Core.Rooms;

namespace CineRadar.Core.Catalog;

/// <summary>A room category of a theatre with its price and showtimes; the category and price are read once, here.</summary>
public sealed record Room(string Category, string? PriceText, IReadOnlyList<Showtime> Showtimes)
{
    public RoomFormat Format { get; } = RoomFormatParser.Parse(Category);

    public PriceRange? Price { get; } = PriceRange.Parse(PriceText);
}
