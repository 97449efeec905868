using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;
using CineRadar.TixSandbox.Payloads;

namespace CineRadar.TixSandbox.Contracts;

/// <summary>
/// The details of TIX's contract the reference does not record (section 1.4): where the city list is and what its
/// items' keys are called, where the movie list is and how it is told the city, and where "event expired" is said.
/// The seat-map path of the optional fourth chain drifts too: the reference maps only XXI, CGV and Cinépolis (§1.6).
/// Seed 0 is the contract the sandbox always had; any other seed draws a drifted one, every detail different from
/// seed 0's, so a client that hard-codes a guess fails and one that learns from the app keeps working.
/// </summary>
public sealed record SandboxContract(
    string CitiesPath,
    string CityIdKey,
    string CityNameKey,
    string MoviesPath,
    string? MoviesCityQuery,
    string ExpiredCode,
    bool ExpiredInMessage,
    string FourthChainPath)
{
    /// <summary>The placeholder for the city id in <see cref="MoviesPath"/> when the city is a path segment.</summary>
    public const string CityPlaceholder = "{cityId}";

    public static readonly SandboxContract Default = new("/v1/cities", "id", "name", "/v1/movies", "city_id", ErrorCodes.ExpiredEventDetail, ExpiredInMessage: false, SandboxChain.Flix.PathSegment);

    private static readonly string[] CitiesPaths = ["/v1/locations", "/v1/master/cities", "/v2/city-list", "/v1/regions/cities"];
    private static readonly string[] IdKeys = ["city_id", "uid", "code", "cityId"];
    private static readonly string[] NameKeys = ["city_name", "label", "title", "cityName"];
    private static readonly string[] MoviesPaths = ["/v1/movies/now-playing", "/v1/movies/list", "/v1/movies/showing"];
    private static readonly string[] CityQueries = ["city", "cityId", "location_id", "kota", "region"];
    private static readonly string[] PathSegmentTemplates = ["/v1/movies/city/" + CityPlaceholder, "/v1/movies/by-city/" + CityPlaceholder + "/now-playing"];
    private static readonly string[] ExpiredCodes = ["EVENT_CLOSED", "SHOW_UNAVAILABLE", "UNAUTHORIZED_EVENT"];
    private static readonly string[] FourthChainPaths = ["flix-cinema", "flixid", "fx"];

    /// <summary>The contract of a seed: <see cref="Default"/> for 0, otherwise a drift drawn from the seed alone.</summary>
    public static SandboxContract For(long seed)
    {
        if (seed == 0)
        {
            return Default;
        }

        var random = DeterministicRandom.For(seed, "contract");
        var cityInPath = random.Chance(0.35);
        return new SandboxContract(
            random.Pick(CitiesPaths),
            random.Pick(IdKeys),
            random.Pick(NameKeys),
            cityInPath ? random.Pick(PathSegmentTemplates) : random.Pick(MoviesPaths),
            cityInPath ? null : random.Pick(CityQueries),
            random.Pick(ExpiredCodes),
            ExpiredInMessage: true,
            random.Pick(FourthChainPaths));
    }

    /// <summary>The seat-map path segment of each chain, by its merchant name.</summary>
    public IReadOnlyDictionary<string, string> ChainPaths => SandboxChain.All.ToDictionary(c => c.MerchantName, PathOf, StringComparer.Ordinal);

    /// <summary>The chain a seat-map path segment names, or null.</summary>
    internal SandboxChain? ChainAt(string pathSegment) =>
        SandboxChain.All.FirstOrDefault(c => string.Equals(PathOf(c), pathSegment, StringComparison.Ordinal));

    private string PathOf(SandboxChain chain) => chain == SandboxChain.Flix ? FourthChainPath : chain.PathSegment;

    /// <summary>The app's movie-list request (path and query) with <see cref="CityPlaceholder"/> where the city id goes.</summary>
    public string MoviesRequestTemplate => MoviesCityQuery is null ? MoviesPath : $"{MoviesPath}?{MoviesCityQuery}={CityPlaceholder}";

    /// <summary>The movie-list request for a city, as the app makes it.</summary>
    public string MoviesRequestFor(string cityId) =>
        MoviesRequestTemplate.Replace(CityPlaceholder, Uri.EscapeDataString(cityId), StringComparison.Ordinal);

    /// <summary>The error code and message of a layout asked for after its show started.</summary>
    public (string Code, string Message) ExpiredError => ExpiredInMessage
        ? (ExpiredCode, ErrorCodes.ExpiredEventDetail)
        : (ErrorCodes.ExpiredEventDetail, "event detail is expired");
}
