namespace CineRadar.Core.Tix;

/// <summary>A city as TIX's city list gives it.</summary>
public sealed record TixCity(string Id, string Name);

/// <summary>
/// A movie from a city's now-playing list. <see cref="Id"/> is the id the schedules API wants (<c>movie_id</c> when
/// the listing carries it, else <c>id</c>); <see cref="ListingId"/> is the listing's own <c>id</c>.
/// </summary>
public sealed record TixMovie(
    string Id,
    string ListingId,
    string Title,
    IReadOnlyList<string> Genres,
    string? PosterUrl,
    string? AgeCategory,
    string? Country,
    IReadOnlyList<string> Merchants,
    bool IsPresale);

/// <summary>One page of a movie's schedule in a city.</summary>
public sealed record TixSchedulePage(bool HasNext, IReadOnlyList<TixTheatre> Theatres);

public sealed record TixTheatre(string Id, string Name, string? Address, string Merchant, IReadOnlyList<TixPriceGroup> PriceGroups);

/// <summary>A room category with its price text and showtimes.</summary>
public sealed record TixPriceGroup(string Category, string? PriceText, IReadOnlyList<TixShowtime> Showtimes);

/// <summary>A showtime: <see cref="Status"/> 1 is bookable; anything else is past, closed or unavailable.</summary>
public sealed record TixShowtime(string Id, string DisplayTime, int Status)
{
    public const int BookableStatus = 1;

    public bool IsBookable => Status == BookableStatus;
}

/// <summary>Tokens TIX grants: an access token, and a refresh token when the call issues one.</summary>
public sealed record TixTokenGrant(string AccessToken, string? RefreshToken);
