using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Api.Validation;

namespace CineRadar.Api.Tests;

/// <summary>
/// Every route and parameter of the Api's own OpenAPI document, tried with hostile values by every kind of caller the
/// route accepts, on a real server (so its limits apply) over a copy of the store.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class FuzzTests(ApiFixture fixture)
{
    private const int Seed = 20_260_111;
    private const string AdminPrefix = "/api/v1/admin";

    [Fact]
    public async Task NoRouteAnswers5xxToHostileInput()
    {
        await using var api = fixture.NewApiOnCopy();
        api.UseKestrel(0);
        var operations = await OperationsAsync(api);
        using var callers = await Callers.CreateAsync(api);
        var plan = new FuzzPlan(await GoodValuesAsync(callers), PlausibleJson(), Seed);

        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations)
        {
            var requests = plan.For(operation);
            var sends = (operation.Path.StartsWith(AdminPrefix, StringComparison.Ordinal) ? callers.OfAdmin : callers.OfPublic)
                .SelectMany(http => requests.Select(request => (http, request)))
                .Concat(IdentityHeaders().Select(headers => (callers.Anonymous, requests[0] with { Headers = headers })));
            foreach (var (http, request) in sends)
            {
                using var message = request.ToMessage();
                using var response = await http.SendAsync(message);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {request}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(operations.Count >= 25, $"The OpenAPI document lists {operations.Count} operations.");
        Assert.True(sent >= 8000, $"Only {sent} requests were sent.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests got 5xx:\n{string.Join('\n', failures.Take(20))}");
    }

    [Fact]
    public async Task BodyBeyondTheLimitIs413BeforeAnyStoreCall()
    {
        var calls = new StoreCalls();
        await using var api = fixture.NewApiOnCopy(services: calls.CountEvery);
        api.UseKestrel(0);
        var withBody = (await OperationsAsync(api)).Where(o => o.TakesBody).ToList();
        using var http = api.Operator();
        var body = Encoding.UTF8.GetBytes($"{{\"name\":\"{new string('x', (int)RequestBodyLimit.MaxBytes)}\"}}");

        var answers = new List<string>();
        foreach (var operation in withBody)
        {
            foreach (var chunked in new[] { false, true })
            {
                using var message = new FuzzRequest(operation.Method, operation.Path.Replace("{id}", "t1", StringComparison.Ordinal), body, "application/json").ToMessage();
                message.Headers.TransferEncodingChunked = chunked;
                using var response = await http.SendAsync(message);
                answers.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {operation}{(chunked ? " chunked" : "")}");
            }
        }

        Assert.NotEmpty(withBody);
        Assert.All(answers, answer => Assert.StartsWith("413 application/problem+json ", answer, StringComparison.Ordinal));
        Assert.Equal(0, calls.Total);
    }

    /// <summary>The caller's own headers, each hostile in turn: the key, and the Admin's user and role.</summary>
    private static IEnumerable<(string Name, string Value)[]> IdentityHeaders() =>
        HostileValues.Texts.Where(value => value.All(char.IsAscii) && !value.Any(char.IsControl)).SelectMany(value => new[]
        {
            new[] { ("X-Api-Key", value) },
            new[] { ("X-Api-Key", ApiFactory.AdminKey), ("X-CineRadar-User", value), ("X-CineRadar-Role", "operator") },
            new[] { ("X-Api-Key", ApiFactory.AdminKey), ("X-CineRadar-User", "olga"), ("X-CineRadar-Role", value) },
        });

    private static async Task<IReadOnlyList<ApiOperation>> OperationsAsync(ApiFactory api)
    {
        using var anonymous = api.Client(key: null);
        return OpenApiOperations.Read(await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative)));
    }

    /// <summary>Ids that name something real, so that hostile values in the other parameters reach the reads behind them.</summary>
    private static async Task<Dictionary<string, string>> GoodValuesAsync(Callers callers)
    {
        var movie = (await callers.PublicSite.GetOkAsync("/api/v1/movies")).GetProperty("movies")[0].GetProperty("id").GetString()!;
        var theatre = (await callers.PublicSite.GetOkAsync($"/api/v1/movies/{movie}")).GetProperty("cities")[0].GetProperty("theatres")[0];
        var run = (await callers.Operator.GetOkAsync("/api/v1/admin/runs?limit=1"))[0].GetProperty("id").GetString()!;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["movieId"] = movie,
            ["theatreId"] = theatre.GetProperty("theatre").GetProperty("id").GetString()!,
            ["id"] = theatre.GetProperty("theatre").GetProperty("id").GetString()!,
            ["showtimeId"] = theatre.GetProperty("rooms")[0].GetProperty("showtimes")[0].GetProperty("id").GetString()!,
            ["runId"] = run,
        };
    }

    private List<string> PlausibleJson()
    {
        var today = fixture.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            "\"schedules\"", "\"seats\"", "\"token-refresh\"", "\"token-login\"", $"[\"{ApiFixture.Jakarta.Id}\"]", $"\"{today}\"",
            "1", "7", "-6.2", "106.8", "\"Acme Pictures\"", "600", "\"Sulawesi\"", "\"WITA\"",
        ];
    }

    /// <summary>
    /// Every kind of caller: a B2B key, the Public site's key, the Admin's key with an operator and with an analyst, and
    /// a client that sends only the headers a request names.
    /// </summary>
    private sealed class Callers : IDisposable
    {
        private Callers(HttpClient partner, HttpClient publicSite, HttpClient @operator, HttpClient analyst, HttpClient anonymous)
        {
            Anonymous = anonymous;
            PublicSite = publicSite;
            Operator = @operator;
            OfPublic = [partner, publicSite, @operator];
            OfAdmin = [@operator, analyst];
        }

        public HttpClient Anonymous { get; }

        public HttpClient PublicSite { get; }

        public HttpClient Operator { get; }

        public IReadOnlyList<HttpClient> OfPublic { get; }

        public IReadOnlyList<HttpClient> OfAdmin { get; }

        public static async Task<Callers> CreateAsync(ApiFactory api)
        {
            var @operator = api.Operator();
            using var created = await @operator.PostJsonAsync("/api/v1/admin/keys", new { name = "fuzzing partner", requestsPerMinute = 100_000 });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
            return new Callers(api.Client(secret), api.PublicSite(), @operator, api.Analyst(), api.Client(key: null));
        }

        public void Dispose()
        {
            foreach (var http in OfPublic.Concat(OfAdmin).Append(Anonymous).Distinct())
            {
                http.Dispose();
            }
        }
    }
}
