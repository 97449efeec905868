using System.Net;
using Microsoft.Extensions.Hosting;

namespace CineRadar.EndToEnd.Tests.Support;

/// <summary>
/// Requests that reach every replica behind one address: each goes on a new connection (the orchestrator's proxy
/// picks a replica per connection), and each answer names its replica (<see cref="InstanceHeader"/>).
/// </summary>
public sealed class Replicas : IDisposable
{
    private readonly HttpClient _http;

    public Replicas(Uri baseAddress, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.Zero,
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public HttpClient Http => _http;

    /// <summary>The replica that answered.</summary>
    public static string InstanceOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(InstanceHeader.Name, out var values) ? values.Single() : throw new InvalidOperationException($"No {InstanceHeader.Name} header.");

    /// <summary>
    /// Sends requests until <paramref name="replicas"/> distinct replicas have answered (or a generous number of tries
    /// passed), and returns each answer with the replica that gave it.
    /// </summary>
    public async Task<List<(string Instance, HttpStatusCode Status, string Body)>> UntilEveryReplicaAnsweredAsync(
        Func<HttpRequestMessage> request, int replicas, int maxTries = 60)
    {
        var answers = new List<(string, HttpStatusCode, string)>();
        for (var attempt = 0; attempt < maxTries && answers.Select(a => a.Item1).Distinct().Count() < replicas; attempt++)
        {
            using var message = request();
            using var response = await _http.SendAsync(message);
            answers.Add((InstanceOf(response), response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        return answers;
    }

    public void Dispose() => _http.Dispose();
}
