using CineRadar.Public.Components.Shared;
using CineRadar.Contracts;

namespace CineRadar.Public.Views;

/// <summary>Cities as the city picker lists them.</summary>
public static class CityChoices
{
    /// <summary>Cities where theatres are known, under their region, with their theatre count.</summary>
    public static IReadOnlyList<CityPicker.Choice> WithTheatres(IEnumerable<CityDto> cities) =>
        cities.Where(c => c.Theatres > 0).Select(c => new CityPicker.Choice(c.Id, c.Name, c.Region, Plural(c.Theatres, "theatre"))).ToList();

    /// <summary>The cities a movie plays in, with its theatre count there.</summary>
    public static IReadOnlyList<CityPicker.Choice> ForMovie(IEnumerable<MovieCity> cities) =>
        cities.Select(c => new CityPicker.Choice(c.Id, c.Name, "", Plural(c.Theatres.Count, "theatre"))).ToList();

    public static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
