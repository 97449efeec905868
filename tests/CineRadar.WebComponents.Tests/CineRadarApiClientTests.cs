using System.Net;
using System.Text;
using CineRadar.Contracts;
using CineRadar.WebComponents.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;

namespace CineRadar.WebComponents.Tests;

public sealed class CineRadarApiClientTests
{
    [Fact]
    public async Task ALookupOfSomethingTheApiDoesNotKnowIsNotFoundWithTheApisWords()
    {
        var client = Client(_ => Problem(HttpStatusCode.NotFound, """{"status":404,"detail":"No theatre with id 9999."}"""));

        var result = await client.FindTheatreAsync("9999");

        Assert.False(result.IsFound);
        Assert.Null(result.Value);
        Assert.Equal((HttpStatusCode.NotFound, "No theatre with id 9999."), (result.NotFound.Status, result.NotFound.Detail));
    }

    [Fact]
    public async Task ARefusalSurfacesTheProblemDetailInTheException()
    {
        var client = Client(_ => Problem(
            HttpStatusCode.BadRequest, """{"status":400,"title":"One or more validation errors occurred.","errors":{"name":["A key needs a name of 1 to 80 characters."]}}"""));

        var refused = await Assert.ThrowsAsync<ApiException>(() => client.CreateKeyAsync(new CreateApiKeyRequest(" ", null)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("A key needs a name of 1 to 80 characters.", refused.Problem?.Detail);
        Assert.Equal("A key needs a name of 1 to 80 characters.", refused.Message);
        Assert.False(refused.IsUnreachable);
    }

    [Fact]
    public async Task ABadRequestOnALookupIsARefusalNotANotFound()
    {
        var client = Client(_ => Problem(HttpStatusCode.BadRequest, """{"status":400,"detail":"movieId is not an id."}"""));

        var refused = await Assert.ThrowsAsync<ApiException>(() => client.FindMovieAsync("not an id", null, null));

        Assert.Equal((HttpStatusCode.BadRequest, "movieId is not an id."), (refused.Status, refused.Problem?.Detail));
    }

    [Fact]
    public async Task AServerErrorWithoutProblemDetailsSaysTheApiIsNotAnswering()
    {
        var client = Client(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var failed = await Assert.ThrowsAsync<ApiException>(() => client.GetCitiesAsync());

        Assert.Equal((HttpStatusCode.ServiceUnavailable, ApiException.NotAnswering, false), (failed.Status, failed.Message, failed.IsUnreachable));
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("timeout")]
    [InlineData("circuit-open")]
    public async Task AnApiThatCannotBeReachedIsTheUnreachableException(string how)
    {
        var client = Client(_ => how switch
        {
            "refused" => throw new HttpRequestException("Connection refused (api:80)"),
            "timeout" => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout."),
            _ => throw new BrokenCircuitException("The circuit is now open."),
        });

        var failed = await Assert.ThrowsAsync<ApiException>(() => client.FindRunAsync("run-1"));

        Assert.True(failed.IsUnreachable);
        Assert.Null(failed.Status);
        Assert.Equal(ApiException.NotAnswering, failed.Message);
    }

    [Fact]
    public async Task ASuccessIsReadIntoTheContractRecord()
    {
        var client = Client(request => request.RequestUri!.PathAndQuery == "/api/v1/theatres/3001"
            ? Json("""
                {"id":"3001","name":"MALL KOTA XXI","address":null,"chain":{"key":"XXI","name":"XXI","colour":"#CFAB7A"},"cityId":"0100",
                 "city":"JAKARTA","region":"Jawa","roomTypes":["REGULAR 2D"],"location":{"latitude":-6.2,"longitude":106.8,"source":"Geocoder"},
                 "firstSeen":"2026-01-01T00:00:00+00:00","lastSeen":"2026-01-11T00:00:00+00:00"}
                """)
            : new HttpResponseMessage(HttpStatusCode.NotFound));

        var result = await client.FindTheatreAsync("3001");

        Assert.True(result.IsFound);
        Assert.Equal(
            new TheatreDto(
                "3001", "MALL KOTA XXI", null, new ChainDto("XXI", "XXI", "#CFAB7A"), "0100", "JAKARTA", "Jawa", result.Value.RoomTypes,
                new LocationDto(-6.2, 106.8, "Geocoder"), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 11, 0, 0, 0, TimeSpan.Zero)),
            result.Value);
        Assert.Equal(["REGULAR 2D"], result.Value.RoomTypes);
    }

    [Fact]
    public async Task RunWordsAreReadAsTheWireWritesThem()
    {
        var client = Client(_ => Json("""
            [{"id":"run-1","kind":"token-refresh","status":"held","date":"2026-01-11","days":1,"requestedBy":"olga","trigger":"admin",
              "createdAt":"2026-01-11T00:00:00+00:00","startedAt":null,"finishedAt":null,"error":null,"traceId":null,
              "itemsTotal":2,"itemsFinished":1,"itemsFailed":0,"items":[]}]
            """));

        var run = Assert.Single(await client.ListRunsAsync(cancellationToken: CancellationToken.None));

        Assert.Equal((RunKinds.TokenRefresh, RunStatuses.Held), (run.Kind, run.Status));
        Assert.True(run.IsFinished);
        Assert.Equal(50, run.ProgressPct);
    }

    private static CineRadarApiClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new(new HttpClient(new StubHandler(answer)) { BaseAddress = new Uri("http://api.test") }, NullLogger<CineRadarApiClient>.Instance);

    private static HttpResponseMessage Problem(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/problem+json") };

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
