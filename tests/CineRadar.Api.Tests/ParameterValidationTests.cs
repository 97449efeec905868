using System.Net;
using System.Text.Json;
using CineRadar.Api.Tests.Support;

namespace CineRadar.Api.Tests;

/// <summary>
/// The one check of route and query parameters: a value the framework cannot bind and a value out of range both get 400
/// ValidationProblemDetails naming the parameter with the same message, on every route group; the OpenAPI document
/// describes each kind of parameter once.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class ParameterValidationTests(ApiFixture fixture)
{
    private const string Site = "/api/v1/admin/site/sign-in-failures";

    public static TheoryData<string, string, string> Refused => new()
    {
        // Public reads.
        { "/api/v1/movies?date=2026-13-45", "date", "'2026-13-45' is not a date written yyyy-MM-dd." },
        { "/api/v1/movies/m1?date=2026-1-1", "date", "'2026-1-1' is not a date written yyyy-MM-dd." },
        { "/api/v1/boxoffice?date=2019-12-31", "date", "A date from 2020-01-01 to {today+60} (60 days after today, WIB); '2019-12-31' is not." },
        { "/api/v1/analytics/occupancy?by=movie", "by", "Expected one of chain, city, region, format, hour; got 'movie'." },
        { "/api/v1/analytics/occupancy?by=1", "by", "Expected one of chain, city, region, format, hour; got '1'." },
        { "/api/v1/analytics/occupancy", "by", "Expected one of chain, city, region, format, hour; got ''." },
        { "/api/v1/movies/m1/history?days=14", "days", "Expected one of 7, 30; got '14'." },
        { "/api/v1/movies/m1/history?days=abc", "days", "Expected one of 7, 30; got 'abc'." },
        { "/api/v1/theatres/bad!id", "theatreId", "An id is 1 to 40 letters, digits, '_' or '-'; 'bad!id' is not." },
        { "/api/v1/movies?city=", "city", "An id is 1 to 40 letters, digits, '_' or '-'; '' is not." },

        // Admin.
        { "/api/v1/admin/runs?limit=abc", "limit", "'abc' is not a whole number from 1 to 200." },
        { "/api/v1/admin/audit?limit=201", "limit", "'201' is not a whole number from 1 to 200." },
        { "/api/v1/admin/alerts?limit=%2B5", "limit", "'+5' is not a whole number from 1 to 200." },
        { "/api/v1/admin/runs/bad!id", "runId", "An id is 1 to 40 letters, digits, '_' or '-'; 'bad!id' is not." },

        // The Admin site's shared state.
        { $"{Site}?name=dewi&windowSeconds=abc", "windowSeconds", "'abc' is not a whole number from 1 to 86400." },
        { $"{Site}?name=dewi&windowSeconds=86401", "windowSeconds", "'86401' is not a whole number from 1 to 86400." },
        { $"{Site}?name=dewi", "windowSeconds", "'' is not a whole number from 1 to 86400." },
        { $"{Site}?name=%20&windowSeconds=60", "name", "1 to 100 characters without control characters are required." },
        { $"{Site}?name={new string('x', 101)}&windowSeconds=60", "name", "At most 100 characters without control characters." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AParameterThatCannotBeBoundOrIsOutOfRangeIs400NamingIt(string url, string parameter, string message)
    {
        using var http = url.StartsWith(Site, StringComparison.Ordinal) ? fixture.Api.Client(ApiFactory.AdminKey) : fixture.Api.Operator();

        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("One or more parameters are not valid.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(WithToday(message), Assert.Single(errors.GetProperty(parameter).EnumerateArray()).GetString());
    }

    [Fact]
    public async Task EveryBadParameterOfARequestIsNamed()
    {
        using var http = fixture.Api.Operator();

        using var response = await http.GetAsync(new Uri("/api/v1/analytics/occupancy?by=movie&date=x", UriKind.Relative));

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["by", "date"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/analytics/occupancy?by=CITY")]
    [InlineData("/api/v1/analytics/occupancy?by=Hour&date=2020-01-01")]
    [InlineData("/api/v1/movies?date={today+60}")]
    [InlineData("/api/v1/theatres?chain=%20&q=")]
    public async Task WordsInAnyCaseDatesInRangeAndBlankTextAreRead(string url)
    {
        using var http = fixture.Api.Operator();

        await http.GetOkAsync(WithToday(url));
    }

    /// <summary>Every route and query parameter is of a kind the check knows, and the document says which.</summary>
    [Fact]
    public async Task TheOpenApiDocumentDescribesEachKindOfParameterOnce()
    {
        using var anonymous = fixture.Api.Client(key: null);

        var document = await anonymous.GetOkAsync("/openapi/v1.json");

        var parameters = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().SelectMany(operation =>
                operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(p => (Path: path.Name, Parameter: p)) : []))
            .ToList();
        Assert.All(parameters.Where(p => p.Parameter.GetProperty("in").GetString() is "path" or "query"), p => Assert.Matches(
            @"(A WIB business date written yyyy-MM-dd, .*|An id: 1 to 40 .*|One of .*|A whole number from \d+ to \d+|At most \d+ characters, no control characters)\.$",
            p.Parameter.GetProperty("description").GetString()));
        var dates = parameters.Where(p => p.Parameter.GetProperty("name").GetString() is "date" or "until").ToList();
        Assert.True(dates.Count >= 9, $"{dates.Count} date parameters");
        Assert.All(dates, d =>
        {
            Assert.Equal("date", d.Parameter.GetProperty("schema").GetProperty("format").GetString());
            Assert.EndsWith("A WIB business date written yyyy-MM-dd, from 2020-01-01 to 60 days after today (WIB).", d.Parameter.GetProperty("description").GetString(), StringComparison.Ordinal);
        });

        var by = Parameter(parameters, "/api/v1/analytics/occupancy", "by");
        Assert.Equal(["chain", "city", "region", "format", "hour"], by.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.True(by.GetProperty("required").GetBoolean());

        var movieId = Parameter(parameters, "/api/v1/movies/{movieId}", "movieId").GetProperty("schema");
        Assert.Equal("^[A-Za-z0-9_-]{1,40}$", movieId.GetProperty("pattern").GetString());

        var limit = Parameter(parameters, "/api/v1/admin/runs", "limit").GetProperty("schema");
        Assert.Equal(1, limit.GetProperty("minimum").GetInt32());
        Assert.Equal(200, limit.GetProperty("maximum").GetInt32());

        var days = Parameter(parameters, "/api/v1/movies/{movieId}/history", "days").GetProperty("schema");
        Assert.Equal([7, 30], days.GetProperty("enum").EnumerateArray().Select(e => e.GetInt32()));

        var responses = document.GetProperty("paths").GetProperty("/api/v1/movies").GetProperty("get").GetProperty("responses");
        Assert.True(responses.TryGetProperty("400", out _));
    }

    private static JsonElement Parameter(List<(string Path, JsonElement Parameter)> parameters, string path, string name) =>
        parameters.First(p => p.Path == path && p.Parameter.GetProperty("name").GetString() == name).Parameter;

    private string WithToday(string text) =>
        text.Replace("{today+60}", fixture.Today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
