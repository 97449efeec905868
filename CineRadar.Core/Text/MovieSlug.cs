using System.Text;

namespace CineRadar.Core.Text;

/// <summary>The movie part of app.tix.id URLs: <c>/movies/{slug}-{movieId}/{date}</c>.</summary>
public static class MovieSlug
{
    /// <summary>Lower-cases the title, removes every character outside <c>[a-z0-9 -]</c> and turns spaces into dashes.</summary>
    public static string From(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>The app path of a movie's page for a date.</summary>
    public static string AppPath(string title, string movieId, DateOnly date) =>
        $"/movies/{From(title)}-{movieId}/{date:yyyy-MM-dd}";
}
