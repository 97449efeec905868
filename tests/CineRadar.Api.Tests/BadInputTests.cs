using System.Net;
using CineRadar.Api.Tests.Support;

namespace CineRadar.Api.Tests;

/// <summary>Every endpoint refuses bad input with 400 ValidationProblemDetails naming the parameter, and unknown ids with 404.</summary>
[Collection(ApiSuite.Name)]
public sealed class BadInputTests(ApiFixture fixture)
{
    private static readonly string TooLong = new('a', 41);

    public static TheoryData<string, string> BadReads => new()
    {
        { "/api/v1/movies?date=2026-13-01", "date" },
        { "/api/v1/movies?date=yesterday", "date" },
        { "/api/v1/movies?city=abc!def", "city" },
        { "/api/v1/movies?city=", "city" },
        { $"/api/v1/movies/{TooLong}", "movieId" },
        { "/api/v1/movies/m1?date=2026-02-30", "date" },
        { "/api/v1/movies/m1?city=%20", "city" },
        { "/api/v1/movies/m1/history?days=14", "days" },
        { "/api/v1/movies/m1/history?until=2026-1-1", "until" },
        { "/api/v1/movies/m%20/history", "movieId" },
        { "/api/v1/theatres?city=a.b", "city" },
        { $"/api/v1/theatres?chain={TooLong}", "chain" },
        { $"/api/v1/theatres?q={new string('x', 101)}", "q" },
        { "/api/v1/theatres/a%2Fb", "theatreId" },
        { "/api/v1/theatres/t1/schedule?date=bad", "date" },
        { "/api/v1/showtimes/s.1", "showtimeId" },
        { "/api/v1/showtimes/s1?date=2026/01/01", "date" },
        { "/api/v1/boxoffice?date=20260101", "date" },
        { "/api/v1/analytics/overview?date=x", "date" },
        { "/api/v1/analytics/occupancy", "by" },
        { "/api/v1/analytics/occupancy?by=movie", "by" },
        { "/api/v1/analytics/occupancy?by=chain&date=1", "date" },
        { "/api/v1/analytics/showtime-share?date=x", "date" },
        { "/api/v1/admin/runs?limit=0", "limit" },
        { "/api/v1/admin/runs?limit=201", "limit" },
        { "/api/v1/admin/runs?limit=abc", "limit" },
        { "/api/v1/admin/runs/run%20one", "runId" },
        { "/api/v1/admin/alerts?limit=-1", "limit" },
        { "/api/v1/admin/audit?limit=x", "limit" },
    };

    public static TheoryData<string, string, string?, string> BadCommands => new()
    {
        { "POST", "/api/v1/admin/runs", "{}", "kind" },
        { "POST", "/api/v1/admin/runs", """{"kind":"movies"}""", "kind" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","cities":["123"]}""", "cities" },
        { "POST", "/api/v1/admin/runs", $$"""{"kind":"token-login","cities":["{{ApiFixture.Jakarta.Id}}"]}""", "cities" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","date":"2026-02-30"}""", "date" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","date":"2000-01-01"}""", "date" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","days":8}""", "days" },
        { "POST", "/api/v1/admin/runs", """{"kind":"seats","days":2}""", "days" },
        { "POST", "/api/v1/admin/runs/bad!id/retry-failed", null, "runId" },
        { "POST", "/api/v1/admin/keys", "{}", "name" },
        { "POST", "/api/v1/admin/keys", """{"name":"  "}""", "name" },
        { "POST", "/api/v1/admin/keys", """{"name":"acme","requestsPerMinute":0}""", "requestsPerMinute" },
        { "DELETE", "/api/v1/admin/keys/bad!id", null, "id" },
        { "PUT", "/api/v1/admin/theatres/t1/location", """{"latitude":91,"longitude":0}""", "latitude" },
        { "PUT", "/api/v1/admin/theatres/t1/location", """{"latitude":0}""", "longitude" },
        { "PUT", "/api/v1/admin/theatres/bad!id/location", """{"latitude":0,"longitude":0}""", "id" },
    };

    public static TheoryData<string, string, string?> UnknownIds => new()
    {
        { "GET", "/api/v1/movies/unknown1", null },
        { "GET", "/api/v1/movies/unknown1/history", null },
        { "GET", "/api/v1/movies?city=123456", null },
        { "GET", "/api/v1/movies/unknown1?city=123456", null },
        { "GET", "/api/v1/theatres?city=123456", null },
        { "GET", "/api/v1/theatres/unknown1", null },
        { "GET", "/api/v1/theatres/unknown1/schedule", null },
        { "GET", "/api/v1/showtimes/unknown1", null },
        { "GET", "/api/v1/nothing-here", null },
        { "GET", "/api/v1/admin/runs/unknown1", null },
        { "POST", "/api/v1/admin/runs/unknown1/retry-failed", null },
        { "DELETE", "/api/v1/admin/keys/unknown1", null },
        { "PUT", "/api/v1/admin/theatres/unknown1/location", """{"latitude":-6.2,"longitude":106.8}""" },
    };

    [Theory]
    [MemberData(nameof(BadReads))]
    public async Task BadReadParameterIs400NamingIt(string url, string parameter)
    {
        using var http = fixture.Api.Operator();

        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));

        await HttpAssert.NamesParameterAsync(response, parameter);
    }

    [Theory]
    [MemberData(nameof(BadCommands))]
    public async Task BadCommandIs400NamingTheParameter(string method, string url, string? body, string parameter)
    {
        using var http = fixture.Api.Operator();

        using var response = await http.SendAsync(HttpAssert.Request(method, url, body));

        await HttpAssert.NamesParameterAsync(response, parameter);
    }

    [Theory]
    [InlineData("POST", "/api/v1/admin/runs")]
    [InlineData("POST", "/api/v1/admin/keys")]
    [InlineData("PUT", "/api/v1/admin/theatres/t1/location")]
    public async Task MalformedBodyIs400ProblemDetails(string method, string url)
    {
        using var http = fixture.Api.Operator();

        using var response = await http.SendAsync(HttpAssert.Request(method, url, """{"kind": """));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public async Task UnknownIdIs404ProblemDetails(string method, string url, string? body)
    {
        using var http = fixture.Api.Operator();

        using var response = await http.SendAsync(HttpAssert.Request(method, url, body));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
