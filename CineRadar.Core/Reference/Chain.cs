namespace CineRadar.Core.Reference;

/// <summary>
/// A cinema chain (TIX calls it a merchant). <see cref="SeatApiPath"/> is the path segment of the seat-layout endpoint
/// as the reference records it (§1.6). Chains outside the known three are valid: they get a neutral colour and no path,
/// which the scraper learns from the app (a guess such as the lower-cased name would 404 on every seat map).
/// </summary>
public sealed record Chain(string Key, string DisplayName, string Colour, string? SeatApiPath)
{
    public bool IsKnown => Chains.Known.Contains(this);
}

public static class Chains
{
    public static readonly Chain Xxi = new("XXI", "XXI", "#CFAB7A", "xxi");
    public static readonly Chain Cgv = new("CGV", "CGV", "#E03C31", "cgv");
    public static readonly Chain Cinepolis = new("CINEPOLIS", "Cinépolis", "#002069", "cinepolis");

    public const string UnknownChainColour = "#6b7280";

    public static readonly IReadOnlyList<Chain> Known = [Xxi, Cgv, Cinepolis];

    /// <summary>The chain for a TIX merchant name: "XXI", "CGV", "Cinépolis" or "CINEPOLIS"; anything else is a new chain.</summary>
    public static Chain FromMerchant(string merchantName)
    {
        var name = merchantName.Trim();
        var key = RemoveAccents(name).ToUpperInvariant();
        return key switch
        {
            "XXI" => Xxi,
            "CGV" => Cgv,
            "CINEPOLIS" => Cinepolis,
            _ => new Chain(key, name, UnknownChainColour, null),
        };
    }

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
                                         != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(System.Text.NormalizationForm.FormC);
    }
}
