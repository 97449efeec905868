using CineRadar.WebComponents.Navigation;

namespace CineRadar.Public.Navigation;

/// <summary>Every deep link of the site, built in one place: movie, city, theatre, showtime and date in the URL.</summary>
public static class Links
{
    public const string Home = "/";

    public static string HomeOn(DateOnly? date) => "/" + UrlQuery.Of(("date", UrlQuery.Day(date)));

    public static string Movie(string movieId, DateOnly? date = null, string? cityId = null, string? chain = null) =>
        "/movies/" + Uri.EscapeDataString(movieId) + UrlQuery.Of(("date", UrlQuery.Day(date)), ("city", cityId), ("chain", chain));

    public static string City(string cityId, DateOnly? date = null) =>
        "/cities/" + Uri.EscapeDataString(cityId) + UrlQuery.Of(("date", UrlQuery.Day(date)));

    public static string Theatre(string theatreId, DateOnly? date = null) =>
        "/theatres/" + Uri.EscapeDataString(theatreId) + UrlQuery.Of(("date", UrlQuery.Day(date)));

    public static string Showtime(string showtimeId) => "/showtimes/" + Uri.EscapeDataString(showtimeId);

    public static string BoxOffice(DateOnly? date = null, string? movieId = null) =>
        "/boxoffice" + UrlQuery.Of(("date", UrlQuery.Day(date)), ("movie", movieId));

    public static string Search(string text) => "/search" + UrlQuery.Of(("q", text));

    /// <summary>Reads a date from the URL; null when absent or not a date.</summary>
    public static bool TryReadDay(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (UrlDay.TryRead(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
