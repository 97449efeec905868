namespace CineRadar.Scraper.Tix;

/// <summary>
/// The movie-list request the app itself made for one city during the browser bootstrap (the reference records
/// neither its path nor its query), replayed for any city: path and query as captured, the city id swapped wherever the
/// app put it, in a query value or a path segment.
/// </summary>
public sealed class MovieListRequest
{
    private readonly string[] _segments;
    private readonly List<KeyValuePair<string, string>> _query;
    private readonly int _citySegment;
    private readonly int _cityParameter;

    private MovieListRequest(string[] segments, List<KeyValuePair<string, string>> query, int citySegment, int cityParameter)
    {
        _segments = segments;
        _query = query;
        _citySegment = citySegment;
        _cityParameter = cityParameter;
    }

    /// <summary>Learns the request from the URL the app called for <paramref name="cityId"/>; null when the id is nowhere in it.</summary>
    public static MovieListRequest? Learn(Uri captured, string cityId)
    {
        var segments = captured.AbsolutePath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var query = captured.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => KeyValuePair.Create(Unescape(pair[0]), pair.Length > 1 ? Unescape(pair[1]) : ""))
            .ToList();
        var cityParameter = query.FindIndex(p => p.Value == cityId);
        var citySegment = cityParameter >= 0 ? -1 : Array.IndexOf(segments, cityId);
        return cityParameter < 0 && citySegment < 0 ? null : new MovieListRequest(segments, query, citySegment, cityParameter);
    }

    /// <summary>The path for a city, without its leading slash.</summary>
    public string PathFor(string cityId) =>
        string.Join('/', _segments.Select((s, i) => i == _citySegment ? cityId : s));

    /// <summary>The query for a city, in the app's order.</summary>
    public IDictionary<string, string> QueryFor(string cityId)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _query.Count; i++)
        {
            query[_query[i].Key] = i == _cityParameter ? cityId : _query[i].Value;
        }

        return query;
    }

    /// <summary>The request with <c>{city}</c> where the id goes, e.g. <c>/v1/movies?city_id={city}</c>.</summary>
    public override string ToString()
    {
        const string city = "{city}";
        var query = string.Join('&', QueryFor(city).Select(p => $"{p.Key}={p.Value}"));
        return "/" + PathFor(city) + (query.Length > 0 ? "?" + query : "");
    }

    private static string Unescape(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
