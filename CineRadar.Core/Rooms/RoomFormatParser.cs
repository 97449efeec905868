using System.Runtime.InteropServices;

namespace CineRadar.Core.Rooms;

/// <summary>Reads TIX room categories into <see cref="RoomFormat"/>s.</summary>
public static class RoomFormatParser
{
    private enum WordKind
    {
        Technology,
        Tier,
        Qualifier,
    }

    private sealed record Phrase(string[] Words, WordKind Kind, string Name);

    // Longest phrases first so that "GOLD CLASS" wins over "GOLD".
    private static readonly Phrase[] Vocabulary = new Phrase[]
    {
        new(["DOLBY", "ATMOS"], WordKind.Technology, "Dolby Atmos"),
        new(["ATMOS"], WordKind.Technology, "Dolby Atmos"),
        new(["IMAX"], WordKind.Technology, "IMAX"),
        new(["SCREENX"], WordKind.Technology, "ScreenX"),
        new(["4DX"], WordKind.Technology, "4DX"),
        new(["MX4D"], WordKind.Technology, "MX4D"),
        new(["STARIUM"], WordKind.Technology, "Starium"),
        new(["SPHEREX"], WordKind.Technology, "SphereX"),
        new(["SPHERE", "X"], WordKind.Technology, "SphereX"),
        new(["GOLD", "CLASS"], WordKind.Tier, "Gold Class"),
        new(["GOLD"], WordKind.Tier, "Gold Class"),
        new(["THE", "PREMIERE"], WordKind.Tier, "Premiere"),
        new(["PREMIERE"], WordKind.Tier, "Premiere"),
        new(["REGULAR"], WordKind.Tier, "Regular"),
        new(["VELVET"], WordKind.Tier, "Velvet"),
        new(["SATIN"], WordKind.Tier, "Satin"),
        new(["SUITE"], WordKind.Tier, "Suite"),
        new(["LUXE"], WordKind.Tier, "Luxe"),
        new(["DELUXE"], WordKind.Tier, "Deluxe"),
        new(["JOMO"], WordKind.Tier, "JOMO"),
        new(["VIP"], WordKind.Tier, "VIP"),
        new(["SWEETBOX"], WordKind.Tier, "Sweetbox"),
        new(["PRIVATE", "BOX"], WordKind.Tier, "Private Box"),
        new(["KIDS"], WordKind.Tier, "Kids"),
        new(["BY", "OCEAN"], WordKind.Qualifier, "by Ocean"),
    }.OrderByDescending(p => p.Words.Length).ToArray();

    private static readonly HashSet<string> JoinablePrefixes = new(
        Vocabulary.Where(p => p.Words.Length == 1).Select(p => p.Words[0]), StringComparer.Ordinal);

    public static RoomFormat Parse(string? category)
    {
        var raw = category ?? "";
        var tokens = Tokenize(raw);
        var technologies = new List<string>();
        var tiers = new List<string>();
        var unknown = new List<string>();
        bool twoD = false, threeD = false;

        for (var i = 0; i < tokens.Count;)
        {
            switch (tokens[i])
            {
                case "2D":
                    twoD = true;
                    i++;
                    continue;
                case "3D":
                    threeD = true;
                    i++;
                    continue;
            }

            if (Match(tokens, i) is { } phrase)
            {
                var target = phrase.Kind switch
                {
                    WordKind.Technology => technologies,
                    WordKind.Tier => tiers,
                    _ => null,
                };
                if (target is not null && !target.Contains(phrase.Name))
                {
                    target.Add(phrase.Name);
                }

                i += phrase.Words.Length;
                continue;
            }

            unknown.Add(tokens[i]);
            i++;
        }

        if (tiers.Count > 1)
        {
            tiers.Remove(RoomFormat.RegularTier);
        }

        var dimension = (twoD, threeD) switch
        {
            (true, true) => ScreenDimension.TwoDAndThreeD,
            (true, false) => ScreenDimension.TwoD,
            (false, true) => ScreenDimension.ThreeD,
            _ => ScreenDimension.Unspecified,
        };
        return new RoomFormat(
            raw,
            dimension,
            technologies.Count == 0 ? RoomFormat.StandardTechnology : string.Join(" + ", technologies),
            tiers.Count == 0 ? RoomFormat.RegularTier : string.Join(' ', tiers),
            unknown);
    }

    private static Phrase? Match(List<string> tokens, int start) =>
        Vocabulary.FirstOrDefault(p => start + p.Words.Length <= tokens.Count
                                       && CollectionsMarshal.AsSpan(tokens).Slice(start, p.Words.Length).SequenceEqual(p.Words));

    /// <summary>Upper-cases, splits on spaces and punctuation, and separates a glued dimension ("4DX3D" → "4DX", "3D").</summary>
    private static List<string> Tokenize(string raw)
    {
        var tokens = new List<string>();
        foreach (var word in raw.ToUpperInvariant().Split([' ', '/', '(', ')', ',', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && (word.EndsWith("2D", StringComparison.Ordinal) || word.EndsWith("3D", StringComparison.Ordinal))
                && JoinablePrefixes.Contains(word[..^2]))
            {
                tokens.Add(word[..^2]);
                tokens.Add(word[^2..]);
            }
            else
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }
}
