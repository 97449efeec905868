using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CineRadar.Tools.Firestore;

/// <summary>
/// A local Firestore for development and tests: a Kestrel app on 127.0.0.1 that speaks the v1 REST wire format for
/// exactly the operations the adapter uses (get, list, batchGet, commit, runQuery), plus an OAuth token endpoint that
/// issues tokens without checking anything. Documents live in memory. It refuses, as Firestore does, a query its
/// <see cref="FirestoreIndexes"/> do not serve, and can record every exchange so tests can hold the bodies against
/// Google's documented shapes.
/// </summary>
internal sealed class LocalFirestoreServer : IAsyncDisposable
{
    public const string TokenPath = "/token";

    /// <summary>Answers 200 while the host runs, for an orchestrator's health check.</summary>
    public const string HealthPath = "/health";
    private const int DefaultPageSize = 100;

    private readonly WebApplication app;
    private readonly bool recordsExchanges;
    private int tokensIssued;
    private LocalFirestoreError? nextFailure;

    private LocalFirestoreServer(WebApplication app, FirestoreIndexes indexes, bool recordsExchanges)
    {
        this.app = app;
        Indexes = indexes;
        this.recordsExchanges = recordsExchanges;
    }

    public LocalFirestoreDatabase Database { get; } = new();

    /// <summary>The indexes queries are served by; a query none serves is refused.</summary>
    public FirestoreIndexes Indexes { get; }

    /// <summary><c>127.0.0.1:{port}</c>, as <c>FIRESTORE_EMULATOR_HOST</c> would name it.</summary>
    public string Host { get; private set; } = "";

    public Uri BaseAddress => new($"http://{Host}/");

    public ConcurrentQueue<Exchange> Exchanges { get; } = new();

    public int TokensIssued => tokensIssued;

    /// <param name="ContentLength">The request's <c>Content-Length</c>; null when its body came in chunks.</param>
    public sealed record Exchange(
        string Method, string Path, string? Authorization, string? RequestBody, int Status, string ResponseBody, long? ContentLength, string? TransferEncoding);

    /// <summary>Answers the next Firestore request with this error, as a real database might (permissions, quota).</summary>
    public void FailNextRequest(LocalFirestoreError error) => nextFailure = error;

    /// <param name="port">The port on 127.0.0.1; 0 for any free one.</param>
    /// <param name="recordsExchanges">Keeps every exchange in <see cref="Exchanges"/> (for tests; a long-running host does not).</param>
    public static async Task<LocalFirestoreServer> StartAsync(FirestoreIndexes indexes, int port = 0, bool recordsExchanges = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalFirestoreServer(app, indexes, recordsExchanges);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        server.Host = $"{address.Host}:{address.Port}";
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0];
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = context.Request.Method == "POST" ? await reader.ReadToEndAsync() : null;
        if (path == HealthPath)
        {
            await WriteAsync(context, HttpStatusCode.OK, """{"status":"Healthy"}""");
            return;
        }

        if (path == TokenPath)
        {
            await WriteAsync(context, HttpStatusCode.OK, IssueToken().ToJsonString());
            return;
        }

        var (status, response) = Answer(context.Request.Method, path, context.Request.Query, body);
        var text = response.ToJsonString();
        if (recordsExchanges)
        {
            Exchanges.Enqueue(new Exchange(context.Request.Method, path, context.Request.Headers.Authorization, body, (int)status, text,
                context.Request.ContentLength, context.Request.Headers.TransferEncoding));
        }
        await WriteAsync(context, status, text);
    }

    private (HttpStatusCode Status, JsonNode Response) Answer(string method, string rawPath, IQueryCollection query, string? body)
    {
        try
        {
            if (Interlocked.Exchange(ref nextFailure, null) is { } failure)
            {
                throw failure;
            }

            if (!rawPath.StartsWith("/v1/", StringComparison.Ordinal))
            {
                throw LocalFirestoreError.NotFound($"No such endpoint: {rawPath}");
            }

            var name = string.Join('/', rawPath["/v1/".Length..].Split('/').Select(Uri.UnescapeDataString));
            return (HttpStatusCode.OK, method switch
            {
                "GET" when IsDocument(name) => GetDocument(name),
                "GET" => List(name, query),
                "POST" when name.EndsWith(":commit", StringComparison.Ordinal) => Database.Commit(Parse(body)),
                "POST" when name.EndsWith(":batchGet", StringComparison.Ordinal) => BatchGet(Parse(body)),
                "POST" when name.EndsWith(":runQuery", StringComparison.Ordinal) => RunQuery(name[..^":runQuery".Length], Parse(body)),
                _ => throw LocalFirestoreError.NotFound($"No such endpoint: {method} {rawPath}"),
            });
        }
        catch (LocalFirestoreError error)
        {
            return (error.Code, error.ToJson());
        }
    }

    private JsonObject GetDocument(string name) =>
        Database.Get(name) is { } document ? ToJson(name, document) : throw LocalFirestoreError.NotFound($"Document \"{name}\" not found.");

    private JsonObject List(string collection, IQueryCollection query)
    {
        var pageSize = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var size) && size > 0 ? size : DefaultPageSize;
        var after = query["pageToken"].ToString() is { Length: > 0 } token ? Encoding.UTF8.GetString(Convert.FromBase64String(token)) : null;
        var page = Database.Children(collection).Where(d => after is null || string.CompareOrdinal(d.Name, after) > 0).Take(pageSize + 1).ToList();
        var answer = new JsonObject();
        if (page.Count > 0)
        {
            answer["documents"] = new JsonArray(page.Take(pageSize).Select(d => (JsonNode)ToJson(d.Name, d.Document)).ToArray());
        }

        if (page.Count > pageSize)
        {
            answer["nextPageToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(page[pageSize - 1].Name));
        }

        return answer;
    }

    private JsonArray BatchGet(JsonObject request)
    {
        LocalFirestoreDatabase.Expect(request, ["documents", "mask"], "BatchGetDocumentsRequest");
        var readTime = Now();
        return new JsonArray((request["documents"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).Select(name => (JsonNode)(Database.Get(name) is { } document
            ? new JsonObject { ["found"] = ToJson(name, document), ["readTime"] = readTime }
            : new JsonObject { ["missing"] = name, ["readTime"] = readTime })).ToArray());
    }

    private JsonArray RunQuery(string parent, JsonObject request)
    {
        var readTime = Now();
        var results = LocalFirestoreQuery.Run(Database, Indexes, parent, request)
            .Select(d => (JsonNode)new JsonObject { ["document"] = ToJson(d.Name, d.Document), ["readTime"] = readTime })
            .ToArray();
        // Firestore answers a query without results with one element that carries only the read time.
        return results.Length > 0 ? new JsonArray(results) : [new JsonObject { ["readTime"] = readTime }];
    }

    private JsonObject IssueToken() => new()
    {
        ["access_token"] = $"ya29.local-access-token-{Interlocked.Increment(ref tokensIssued)}",
        ["expires_in"] = 3600,
        ["token_type"] = "Bearer",
    };

    private static bool IsDocument(string name)
    {
        const string Marker = "/documents/";
        var at = name.IndexOf(Marker, StringComparison.Ordinal);
        return at >= 0 && name[(at + Marker.Length)..].Split('/').Length % 2 == 0;
    }

    private static JsonObject ToJson(string name, LocalFirestoreDatabase.LocalDocument document)
    {
        var json = new JsonObject { ["name"] = name };
        if (document.Fields.Count > 0)
        {
            json["fields"] = document.Fields.DeepClone();
        }

        json["createTime"] = document.CreateTime;
        json["updateTime"] = document.UpdateTime;
        return json;
    }

    private static JsonObject Parse(string? body)
    {
        try
        {
            return JsonNode.Parse(body ?? "") as JsonObject ?? throw LocalFirestoreError.InvalidArgument("Invalid JSON payload received: not an object.");
        }
        catch (JsonException exception)
        {
            throw LocalFirestoreError.InvalidArgument($"Invalid JSON payload received. {exception.Message}");
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteAsync(HttpContext context, HttpStatusCode status, string json)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(json);
    }
}
