using System.Globalization;

namespace CineRadar.Core.Rooms;

/// <summary>A ticket price or price range in whole rupiah, read from TIX's <c>price_string</c>.</summary>
public sealed record PriceRange(long MinRupiah, long MaxRupiah)
{
    /// <summary>The price used for estimates: the midpoint of the range.</summary>
    public long MidpointRupiah => (MinRupiah + MaxRupiah) / 2;

    /// <summary>
    /// Reads "Rp35.000" or "Rp46.000 - Rp51.000" ("." separates thousands; a ",00" fraction is ignored).
    /// Anything else gives null: a price that cannot be read is a missing price, not an error.
    /// </summary>
    public static PriceRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2)
        {
            return null;
        }

        var values = new List<long>(parts.Length);
        foreach (var part in parts)
        {
            if (ReadRupiah(part) is not { } value)
            {
                return null;
            }

            values.Add(value);
        }

        return new PriceRange(values.Min(), values.Max());
    }

    public override string ToString() => MinRupiah == MaxRupiah
        ? Format(MinRupiah)
        : $"{Format(MinRupiah)} - {Format(MaxRupiah)}";

    /// <summary>Writes rupiah the way TIX does: "Rp35.000".</summary>
    public static string Format(long rupiah) =>
        "Rp" + rupiah.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static long? ReadRupiah(string text)
    {
        var value = text.Trim();
        foreach (var prefix in (string[])["Rp.", "Rp", "IDR"])
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..].TrimStart();
                break;
            }
        }

        var comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var fraction = value[(comma + 1)..];
            if (fraction.Length is 0 or > 2 || !fraction.All(char.IsAsciiDigit))
            {
                return null;
            }

            value = value[..comma];
        }

        var groups = value.Split('.');
        var wellFormed = groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit))
                         && (groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3)));
        if (!wellFormed)
        {
            return null;
        }

        return long.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var rupiah) && rupiah > 0
            ? rupiah
            : null;
    }
}
