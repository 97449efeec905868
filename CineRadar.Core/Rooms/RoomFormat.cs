namespace CineRadar.Core.Rooms;

public enum ScreenDimension
{
    Unspecified,
    TwoD,
    ThreeD,

    /// <summary>A room listed for both, such as "VIP 2D/3D".</summary>
    TwoDAndThreeD,
}

/// <summary>
/// A room category from TIX (free text such as "SATIN SUITE 2D" or "4DX3D") read into dimension, projection
/// technology and seating tier. The raw text is kept; words the taxonomy does not know are kept and reported.
/// </summary>
public sealed record RoomFormat(
    string Raw,
    ScreenDimension Dimension,
    string Technology,
    string Tier,
    IReadOnlyList<string> UnknownWords)
{
    public const string StandardTechnology = "Standard";
    public const string RegularTier = "Regular";

    public bool IsPremium => Technology != StandardTechnology || Tier != RegularTier;

    public bool HasUnknownWords => UnknownWords.Count > 0;

    /// <summary>A short label for people, e.g. "Gold Class 2D", "IMAX 3D", "Regular".</summary>
    public string Label
    {
        get
        {
            var parts = new List<string>(3);
            if (Technology != StandardTechnology)
            {
                parts.Add(Technology);
            }

            if (Tier != RegularTier || parts.Count == 0)
            {
                parts.Add(Tier);
            }

            var dimension = Dimension switch
            {
                ScreenDimension.TwoD => "2D",
                ScreenDimension.ThreeD => "3D",
                ScreenDimension.TwoDAndThreeD => "2D/3D",
                _ => null,
            };
            if (dimension is not null)
            {
                parts.Add(dimension);
            }

            return string.Join(' ', parts);
        }
    }
}
