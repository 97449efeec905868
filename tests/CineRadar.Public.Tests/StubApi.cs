using System.Net;
using System.Text;
using System.Text.Json;

namespace CineRadar.Public.Tests;

/// <summary>
/// Stands in for the CineRadar Api: answers the paths (with their query) it was given, 404 for any other, and records
/// what the site asked and with which key. <see cref="Down"/> makes every call fail as an unreachable Api does.
/// </summary>
public sealed class StubApi : HttpMessageHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, string> _answers = new(StringComparer.Ordinal);

    public bool Down { get; set; }

    public List<(string PathAndQuery, string? Key)> Requests { get; } = [];

    public StubApi Answer(string pathAndQuery, object body)
    {
        _answers[pathAndQuery] = JsonSerializer.Serialize(body, Json);
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery;
        lock (Requests)
        {
            Requests.Add((path, request.Headers.TryGetValues("X-Api-Key", out var keys) ? string.Join(",", keys) : null));
        }

        if (Down)
        {
            throw new HttpRequestException("Connection refused (api.test:80)");
        }

        var response = _answers.TryGetValue(path, out var body)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{\"status\":404}", Encoding.UTF8, "application/problem+json") };
        return Task.FromResult(response);
    }
}
