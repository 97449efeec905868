using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CineRadar.Admin.Tests;

/// <summary>
/// The CineRadar Api as the Admin site sees it over HTTP, answering what a test tells it to; anything else is a 404
/// ProblemDetails. Records every request (method, path and query, body, identity headers). It keeps the site's Data
/// Protection key ring as the real Api does, across <see cref="Reset"/>, so that sign-in cookies and forms work.
/// </summary>
public sealed class StubApi : HttpMessageHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string KeyRingPath = "/api/v1/admin/site/data-protection-keys";
    private readonly ConcurrentDictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonElement> _keyRing = new(StringComparer.Ordinal);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>When set, every call fails as a connection refused would.</summary>
    public bool IsDown { get; set; }

    public void Answer(HttpMethod method, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        _routes[Key(method, path)] = _ => new HttpResponseMessage(status)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json"),
        };

    public void Answer(HttpMethod method, string path, HttpStatusCode status) =>
        _routes[Key(method, path)] = _ => new HttpResponseMessage(status);

    /// <summary>Answers with whatever <paramref name="answer"/> makes of the request (a file, headers of its own).</summary>
    public void Answer(HttpMethod method, string path, Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        _routes[Key(method, path)] = answer;

    public void Problem(HttpMethod method, string path, HttpStatusCode status, string detail) =>
        _routes[Key(method, path)] = _ => new HttpResponseMessage(status)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { status = (int)status, detail }, Json), Encoding.UTF8, "application/problem+json"),
        };

    public void Reset()
    {
        _routes.Clear();
        Requests.Clear();
        IsDown = false;
    }

    public IReadOnlyList<RecordedRequest> Sent(HttpMethod method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(
            request.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query, body, Header(request, "X-CineRadar-User"), Header(request, "X-CineRadar-Role")));
        if (IsDown)
        {
            throw new HttpRequestException("Connection refused (stub)");
        }

        if (request.RequestUri.AbsolutePath == KeyRingPath)
        {
            return KeyRing(request.Method, body);
        }

        if (request.RequestUri.AbsolutePath == $"{KeyRingPath}/lease")
        {
            return request.Method == HttpMethod.Post
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"acquired":true}""", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        return _routes.TryGetValue(Key(request.Method, request.RequestUri.AbsolutePath), out var answer)
            ? answer(request)
            : new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"status":404,"detail":"Not stubbed."}""", Encoding.UTF8, "application/problem+json"),
            };
    }

    private HttpResponseMessage KeyRing(HttpMethod method, string? body)
    {
        if (method == HttpMethod.Post)
        {
            var key = JsonDocument.Parse(body!).RootElement.Clone();
            _keyRing[key.GetProperty("friendlyName").GetString()!] = key;
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(_keyRing.Values, Json), Encoding.UTF8, "application/json"),
        };
    }

    private static string Key(HttpMethod method, string path) => $"{method.Method} {path}";

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? values.First() : null;
}

public sealed record RecordedRequest(HttpMethod Method, string Path, string Query, string? Body, string? User, string? Role);
