using CineRadar.Core.Tix;
using CineRadar.Scraper.Tix;

namespace CineRadar.Scraper.Browser;

/// <summary>
/// What one browser bootstrap learned from TIX's app: the headers it sends to the API, its movie-list request (null
/// with the reason when it could not be learned) and the city list its city page loaded (null with the reason).
/// </summary>
public sealed record AppBootstrap(
    IReadOnlyDictionary<string, string> Headers,
    MovieListRequest? MovieList,
    string? MovieListProblem,
    RecognizedCityList? Cities,
    string? CitiesProblem);
