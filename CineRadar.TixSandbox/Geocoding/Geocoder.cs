using System.Globalization;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Geocoding;

/// <summary>A place as the Nominatim imitation answers it.</summary>
internal sealed record Place(long PlaceId, double Latitude, double Longitude, string Name, string Class, string Type, string? Road, string City, string State)
{
    public string DisplayName => string.Join(", ", new[] { Name, Road, City, State, "Indonesia" }.Where(p => !string.IsNullOrEmpty(p)));
}

/// <summary>
/// Answers free-text searches from the sandbox's own coordinates: a theatre found by its name or its address; for a
/// deterministic share of theatres no result or a result in another city (as the real geocoder sometimes does);
/// otherwise a city found by name gives its centre.
/// </summary>
internal sealed class Geocoder(World world, SandboxGeocoderOptions options)
{
    private readonly (SandboxTheatre Theatre, string Name, string Address)[] _theatres =
        [.. world.Theatres.Select(t => (t, t.Name.ToUpperInvariant(), t.Address.ToUpperInvariant()))];

    public Place? Search(string query)
    {
        var q = query.ToUpperInvariant();
        var theatre = _theatres
            .Where(t => q.Contains(t.Name, StringComparison.Ordinal) || q.Contains(t.Address, StringComparison.Ordinal))
            .OrderByDescending(t => t.Name.Length)
            .Select(t => t.Theatre)
            .FirstOrDefault();
        if (theatre is not null)
        {
            return ForTheatre(theatre);
        }

        var market = world.Markets
            .Where(m => ContainsWord(q, m.City.Name))
            .OrderByDescending(m => m.City.Name.Length)
            .FirstOrDefault();
        return market is null ? null : ForCity(market);
    }

    private Place? ForTheatre(SandboxTheatre theatre)
    {
        var market = world.MarketsByCityId[theatre.City.Id];
        var roll = StableHash.Unit((ulong)world.Seed, (ulong)theatre.Index, 0x6E0);
        var road = "Jalan " + theatre.Address.Split(", Jl. ")[^1].Split(" No. ")[0];
        if (roll < options.NoResultShare)
        {
            return null;
        }

        if (roll < options.NoResultShare + options.WrongCityShare)
        {
            var wrong = world.Markets[(world.Markets.IndexOf(market) + 17) % world.Markets.Count];
            return new Place(PlaceIdOf(theatre.Id), wrong.Latitude + 0.01, wrong.Longitude - 0.01, theatre.Name, "amenity", "cinema", road, TitleCase(wrong.City.Name), wrong.Province);
        }

        return new Place(PlaceIdOf(theatre.Id), theatre.Latitude, theatre.Longitude, theatre.Name, "amenity", "cinema", road, TitleCase(market.City.Name), market.Province);
    }

    private static Place ForCity(CityMarket market) =>
        new(PlaceIdOf(market.City.Id), market.Latitude, market.Longitude, TitleCase(market.City.Name), "boundary", "administrative", null, TitleCase(market.City.Name), market.Province);

    private static bool ContainsWord(string text, string word)
    {
        var index = text.IndexOf(word, StringComparison.Ordinal);
        return index >= 0
            && (index == 0 || !char.IsLetter(text[index - 1]))
            && (index + word.Length == text.Length || !char.IsLetter(text[index + word.Length]));
    }

    private static long PlaceIdOf(string id) => (long)(StableHash.Of(id) % 400_000_000UL) + 100_000_000;

    private static string TitleCase(string name) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
}
