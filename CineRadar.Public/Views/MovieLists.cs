using CineRadar.Contracts;

namespace CineRadar.Public.Views;

/// <summary>A day's movie list split into those with shows (in the Api's order, by reach) and those only listed.</summary>
public static class MovieLists
{
    public static IReadOnlyList<MovieSummary> Playing(MovieList? list) => list?.Movies.Where(m => m.Showtimes > 0).ToList() ?? [];

    public static IReadOnlyList<MovieSummary> ListedOnly(MovieList? list) => list?.Movies.Where(m => m.Showtimes == 0).ToList() ?? [];
}
