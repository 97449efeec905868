namespace CineRadar.Scraper.Probe;

/// <summary>
/// The probe's own calls to the TIX API: GET only, each one counted, none beyond the limit, none retried (a plain
/// client without the resilience handler, so that every request TIX sees is one counted here).
/// </summary>
internal sealed class ProbeCalls(HttpClient http, int limit)
{
    private readonly List<ObservedCall> _made = [];

    public int Limit => limit;

    public IReadOnlyList<ObservedCall> Made => _made;

    /// <summary>Sends a GET with the given headers; null when the limit is reached.</summary>
    public async Task<ObservedCall?> GetAsync(string pathAndQuery, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        if (_made.Count >= limit)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery.TrimStart('/'), UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var url = new Uri(http.BaseAddress!, request.RequestUri!);
        var names = headers.Keys.ToList();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var call = ObservedCall.From("GET", url, names, (int)response.StatusCode, body);
            _made.Add(call);
            return call;
        }
        catch (HttpRequestException ex)
        {
            var call = ObservedCall.From("GET", url, names, 0, System.Text.Encoding.UTF8.GetBytes(ex.Message));
            _made.Add(call);
            return call;
        }
    }
}
