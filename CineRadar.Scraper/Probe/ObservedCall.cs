using System.Text.Json.Serialization;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// One API request seen by the probe and what came back: the names of its query parameters and headers and the key
/// paths of its JSON answer, never a value (no token, no phone). <see cref="Body"/> stays in memory for the checks.
/// </summary>
public sealed record ObservedCall(
    string Method,
    string Host,
    string Path,
    IReadOnlyList<string> QueryNames,
    IReadOnlyList<string> HeaderNames,
    int Status,
    IReadOnlyList<string>? Keys)
{
    [JsonIgnore]
    public byte[] Body { get; init; } = [];

    [JsonIgnore]
    public Uri Url { get; init; } = new("about:blank");

    public static ObservedCall From(string method, Uri url, IEnumerable<string> headerNames, int status, byte[] body) => new(
        method,
        url.Authority,
        url.AbsolutePath,
        QueryNamesOf(url),
        headerNames.Select(h => h.ToLowerInvariant()).Where(h => !h.StartsWith(':')).Distinct().Order(StringComparer.Ordinal).ToList(),
        status,
        JsonShape.Of(body))
    {
        Body = body,
        Url = url,
    };

    private static List<string> QueryNamesOf(Uri url) => url.Query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => Uri.UnescapeDataString(pair.Split('=', 2)[0]))
        .Distinct()
        .ToList();
}
