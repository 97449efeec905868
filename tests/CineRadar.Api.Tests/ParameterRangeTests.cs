using System.Globalization;
using System.Net;
using CineRadar.Api.Tests.Support;

namespace CineRadar.Api.Tests;

/// <summary>
/// Every date and number has a stated range (docs/api.md): outside it the answer is 400 naming the parameter, given
/// before any store call. <c>{today+N}</c> in a URL or body is the WIB date N days after today.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class ParameterRangeTests(ApiFixture fixture)
{
    public static TheoryData<string, string, string?, string> OutOfRange => new()
    {
        { "GET", "/api/v1/movies?date=0001-01-01", null, "date" },
        { "GET", "/api/v1/movies?date=9999-12-31", null, "date" },
        { "GET", "/api/v1/movies?date=2019-12-31", null, "date" },
        { "GET", "/api/v1/movies?date={today+61}", null, "date" },
        { "GET", "/api/v1/movies/m1?date=0001-01-01", null, "date" },
        { "GET", "/api/v1/movies/m1/history?until=0001-01-01", null, "until" },
        { "GET", "/api/v1/movies/m1/history?until={today+61}", null, "until" },
        { "GET", "/api/v1/movies/m1/history?days=0", null, "days" },
        { "GET", "/api/v1/movies/m1/history?days=2147483648", null, "days" },
        { "GET", "/api/v1/theatres/t1/schedule?date=9999-12-31", null, "date" },
        { "GET", "/api/v1/showtimes/s1?date=0001-01-01", null, "date" },
        { "GET", "/api/v1/showtimes/s1?date=9999-12-31", null, "date" },
        { "GET", "/api/v1/boxoffice?date=0001-01-01", null, "date" },
        { "GET", "/api/v1/boxoffice?date=9999-12-31", null, "date" },
        { "GET", "/api/v1/analytics/overview?date=0001-01-01", null, "date" },
        { "GET", "/api/v1/analytics/overview?date={today+61}", null, "date" },
        { "GET", "/api/v1/analytics/occupancy?by=chain&date=0001-01-01", null, "date" },
        { "GET", "/api/v1/analytics/showtime-share?date=9999-12-31", null, "date" },
        { "GET", "/api/v1/admin/runs?limit=0", null, "limit" },
        { "GET", "/api/v1/admin/runs?limit=2147483648", null, "limit" },
        { "GET", "/api/v1/admin/alerts?limit=201", null, "limit" },
        { "GET", "/api/v1/admin/audit?limit=-1", null, "limit" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","date":"0001-01-01"}""", "date" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","date":"9999-12-31"}""", "date" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","date":"{today+15}"}""", "date" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","days":0}""", "days" },
        { "POST", "/api/v1/admin/runs", """{"kind":"schedules","days":2147483647}""", "days" },
        { "POST", "/api/v1/admin/keys", """{"name":"acme","requestsPerMinute":100001}""", "requestsPerMinute" },
        { "POST", "/api/v1/admin/keys", """{"name":"acme","requestsPerMinute":-1}""", "requestsPerMinute" },
        { "PUT", "/api/v1/admin/theatres/t1/location", """{"latitude":-90.0001,"longitude":0}""", "latitude" },
        { "PUT", "/api/v1/admin/theatres/t1/location", """{"latitude":0,"longitude":180.5}""", "longitude" },
        { "PUT", "/api/v1/admin/cities/c1/mapping", """{"region":"Unassigned","timeZone":"WIB"}""", "region" },
        { "PUT", "/api/v1/admin/cities/c1/mapping", """{"region":"Jawa","timeZone":"UTC+7"}""", "timeZone" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task ValueOutOfRangeIs400NamingIt(string method, string url, string? body, string parameter)
    {
        using var http = fixture.Api.Operator();

        using var response = await http.SendAsync(Request(method, url, body));

        await HttpAssert.NamesParameterAsync(response, parameter);
    }

    [Fact]
    public async Task ValuesOutOfRangeAreRefusedBeforeAnyStoreCall()
    {
        var calls = new StoreCalls();
        await using var api = fixture.NewApi(services: calls.CountEvery);
        using var http = api.Operator();

        var answers = new List<string>();
        foreach (var row in OutOfRange)
        {
            using var response = await http.SendAsync(Request((string)row[0], (string)row[1], (string?)row[2]));
            answers.Add($"{(int)response.StatusCode} {row[0]} {row[1]} {row[2]}");
        }

        Assert.All(answers, answer => Assert.StartsWith("400 ", answer, StringComparison.Ordinal));
        Assert.Equal(0, calls.Total);
    }

    [Theory]
    [InlineData("/api/v1/boxoffice?date=2020-01-01")]
    [InlineData("/api/v1/analytics/overview?date={today+60}")]
    [InlineData("/api/v1/movies?date={today+60}")]
    public async Task FirstAndLastDatesOfTheRangeAreAnswered(string url)
    {
        using var http = fixture.Api.Operator();

        using var response = await http.SendAsync(Request("GET", url, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpRequestMessage Request(string method, string url, string? body) =>
        HttpAssert.Request(method, WithDates(url), body is null ? null : WithDates(body));

    private string WithDates(string text)
    {
        foreach (var days in new[] { 15, 60, 61 })
        {
            text = text.Replace($"{{today+{days}}}", fixture.Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
