using CineRadar.WebComponents.Formatting;

namespace CineRadar.Public.Views;

/// <summary>A price or a price range in rupiah, as every page writes it.</summary>
public static class Prices
{
    public static string Range(long? min, long? max, string fallback) => (min, max) switch
    {
        ({ } low, { } high) when low == high => Formats.Rupiah(low),
        ({ } low, { } high) => Formats.Rupiah(low) + " – " + Formats.Rupiah(high),
        _ => fallback,
    };
}
