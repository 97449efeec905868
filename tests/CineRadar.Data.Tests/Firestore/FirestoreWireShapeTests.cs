using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Tests.Contract;
using CineRadar.Tools.Firestore;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// The adapter's requests and the in-test server's answers held against the samples written from Google's REST
/// reference (<c>WireSamples/</c>), and Google's error shape on the way back.
/// </summary>
public sealed class FirestoreWireShapeTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    [Fact]
    public void SamplesKeepTheWireRules()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "WireSamples"), "*.json"))
        {
            var sample = WireShape.Sample(Path.GetFileName(file));
            Assert.Empty(WireShape.RuleBreaks(sample));
            Assert.Null(WireShape.Mismatch(sample, sample));
        }

        WireValues.ValidateFields(WireShape.Sample("document.json")["fields"], "document.json");
    }

    [Fact]
    public void ShapeCheckCatchesWhatTheSamplesDoNotHave()
    {
        var document = WireShape.Sample("document.json");

        Assert.Equal("$.fields.seats.integerValue (Number)",
            WireShape.Mismatch(JsonNode.Parse("""{"fields":{"seats":{"integerValue":180}}}"""), document));
        Assert.Equal("$.fields.seats.intValue (not in the sample)",
            WireShape.Mismatch(JsonNode.Parse("""{"fields":{"seats":{"intValue":"180"}}}"""), document));
        Assert.Equal(["$.layout.arrayValue.values[0].arrayValue is an array directly inside an array"],
            WireShape.RuleBreaks(JsonNode.Parse("""{"layout":{"arrayValue":{"values":[{"arrayValue":{"values":[]}}]}}}""")));
        Assert.Equal(["$.at.timestampValue is not UTC with Z"], WireShape.RuleBreaks(JsonNode.Parse("""{"at":{"timestampValue":"2026-01-11T06:00:00+07:00"}}""")));
    }

    [Fact]
    public async Task EveryRequestAndAnswerHasTheDocumentedShape()
    {
        await using var store = NewStore();
        await RunEveryPortAsync(store);

        Assert.Contains(store.Exchanges, e => e.Status >= 400);
        Assert.All(store.Exchanges, exchange =>
        {
            if (exchange.RequestBody is { Length: > 0 } body)
            {
                var request = JsonNode.Parse(body);
                Assert.Null(WireShape.Mismatch(request, RequestSamples(exchange.Path)));
                Assert.Empty(WireShape.RuleBreaks(request));
            }

            var response = JsonNode.Parse(exchange.ResponseBody);
            Assert.Null(WireShape.Mismatch(response, ResponseSample(exchange)));
            Assert.Empty(WireShape.RuleBreaks(response));
        });
    }

    [Fact]
    public async Task EveryRequestBodyIsSentWhole()
    {
        await using var store = NewStore();
        await RunEveryPortAsync(store);

        var posts = store.Exchanges.Where(e => e.Method == "POST").ToList();
        Assert.Contains(posts, e => e.Path.EndsWith(":commit", StringComparison.Ordinal));
        Assert.Contains(posts, e => e.Path.EndsWith(":runQuery", StringComparison.Ordinal));
        Assert.Contains(posts, e => e.Path.EndsWith(":batchGet", StringComparison.Ordinal));
        // Some proxies refuse chunked bodies: every body goes with its length.
        Assert.All(posts, e => Assert.Equal((System.Text.Encoding.UTF8.GetByteCount(e.RequestBody!), (string?)null), (e.ContentLength, e.TransferEncoding)));
    }

    [Fact]
    public async Task ARequestWithAnUnknownNameGetsGooglesErrorAndWritesNothing()
    {
        using var http = new HttpClient { BaseAddress = Host.Server.BaseAddress };
        var documents = $"projects/wire-{Guid.NewGuid():N}/databases/(default)/documents";
        var commit = JsonNode.Parse($$"""
            { "writes": [
                { "update": { "name": "{{documents}}/meta/good", "fields": { "n": { "integerValue": "1" } } } },
                { "update": { "name": "{{documents}}/meta/bad", "fields": { "n": { "integerVal": "1" } } } } ] }
            """);

        var response = await http.PostAsJsonAsync($"v1/{documents}:commit", commit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Null(WireShape.Mismatch(error, WireShape.Sample("error.json")));
        Assert.Equal("INVALID_ARGUMENT", error!["error"]!["status"]!.GetValue<string>());
        Assert.Contains("integerVal", error["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(Host.Server.Database.Get($"{documents}/meta/good"));
    }

    [Fact]
    public async Task FirestoreErrorsReachTheCallerWithGooglesStatusAndMessage()
    {
        await using var store = NewStore();
        Host.Server.FailNextRequest(new LocalFirestoreError(HttpStatusCode.Forbidden, "PERMISSION_DENIED", "Missing or insufficient permissions."));

        var error = await Assert.ThrowsAsync<FirestoreRequestException>(() => store.Get<ITokenStore>().GetAsync());

        Assert.Equal((HttpStatusCode.Forbidden, "PERMISSION_DENIED"), (error.StatusCode, error.Status));
        Assert.Contains("Missing or insufficient permissions.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every kind of request the adapter makes: reads, lists, queries, commits with masks, preconditions and transforms.</summary>
    private async Task RunEveryPortAsync(FakeStore store)
    {
        await store.Get<ICatalogStore>().PublishAsync(TestData.Publication(TestData.JakartaSweep(), TestData.BandungSweep()));
        await store.Get<ICatalogStore>().PublishAsync(TestData.Publication(TestData.BandungSweep()));
        await store.Get<ICatalogStore>().GetDatesAsync();
        await store.Get<ICatalogStore>().GetSchedulesAsync(TestData.Date);
        await store.Get<ICatalogStore>().GetMovieScheduleAsync(TestData.Date, "1999999999999999999");
        await store.Get<ITheatreStore>().SetLocationAsync("1100000000000000007", new TheatreLocation(-6.2, 106.8, LocationSource.Geocoder, "osm:123", TestData.ScrapedAt));
        await store.Get<ITheatreStore>().GetAllAsync();
        await store.Get<ISeatSampleStore>().UpsertAsync([TestData.Sample("2000000000000000102", "final", TestData.ScrapedAt, TestData.Layout(("A", "10_01")))]);
        await store.Get<ISeatSampleStore>().GetForShowtimeAsync("2000000000000000102");
        await store.Get<ISeatSampleStore>().GetSummariesAsync(TestData.Date);
        await store.Get<IAdmissionsStore>().SaveAsync(TestData.Date, [TestData.Estimate("2000000000000000102", 180, 120, null)], [TestData.Rollup(RollupDimension.Movie, "m1", 120)]);
        await store.Get<IAdmissionsStore>().GetHistoryAsync(RollupDimension.Movie, "m1", TestData.Date, TestData.Date.AddDays(1));
        var runs = store.Get<IRunStore>();
        await runs.QueueAsync(new RunRequest(RunKind.Schedules, TestData.Date, [], "admin", "test"), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        var lease = (await runs.ClaimAsync("worker-a", TimeSpan.FromMinutes(5)))!;
        await runs.RenewAsync(lease, TimeSpan.FromMinutes(5));
        await runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Ok, null, 2, 2, 4, 5), [TestData.JakartaSweep()]);
        var publish = (await runs.ClaimAsync("worker-a", TimeSpan.FromMinutes(5)))!;
        await runs.GetStagedAsync(lease.RunId);
        await runs.FinishAsync(publish, RunStatus.Success, null);
        await runs.DeleteStagedAsync(lease.RunId);
        await runs.ListAsync(5);
        await store.Get<IAlertStore>().RaiseAsync("login-failed", "tix", AlertSeverity.Critical, "wrong password");
        await store.Get<IAlertStore>().ListAsync(5);
        await store.Get<IApiKeyStore>().CreateAsync(new ApiKey("key-1", "Studio", "crk_ab12", "hash-1", "b2b", 600, "dewi", TestData.ScrapedAt, null, null));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.Get<IApiKeyStore>().CreateAsync(new ApiKey("key-1", "Again", "crk_ab12", "hash-2", "b2b", 600, "dewi", TestData.ScrapedAt, null, null)));
        await store.Get<IApiKeyStore>().TouchAsync("key-9", TestData.ScrapedAt);
        await store.Get<IDataVersionStore>().BumpAsync();
        var webhooks = store.Get<IWebhookStore>();
        await webhooks.AddSubscriptionAsync(new WebhookSubscription(
            "wh-1", "key-1", "https://hooks.example.com/a", WebhookFormats.Generic, [WebhookEvents.DayPublished], "protected", "dewi", TestData.ScrapedAt));
        await webhooks.ListSubscriptionsAsync();
        await webhooks.EnqueueAsync([new WebhookDelivery(
            "d-1", "wh-1", "key-1", WebhookEvents.DayPublished, "{}", WebhookDeliveryStatuses.Pending, TestData.ScrapedAt, TestData.ScrapedAt, null, [])]);
        await webhooks.ClaimAsync("worker-a", 5, TimeSpan.FromMinutes(1));
        await webhooks.RecordAttemptAsync("d-1", "worker-a", new WebhookAttempt(TestData.ScrapedAt, null, "refused", 3), WebhookDeliveryStatuses.Pending, TestData.ScrapedAt);
        await webhooks.ListDeliveriesAsync(5);
        await webhooks.DeleteSubscriptionAsync("wh-1");
    }

    private static JsonNode[] RequestSamples(string path) => path switch
    {
        _ when path.EndsWith(":commit", StringComparison.Ordinal) => [WireShape.Sample("commit-request.json")],
        _ when path.EndsWith(":batchGet", StringComparison.Ordinal) => [WireShape.Sample("batch-get-request.json")],
        _ => [WireShape.Sample("run-query-request.json"), WireShape.Sample("run-query-single-filter-request.json")],
    };

    private static JsonNode ResponseSample(LocalFirestoreServer.Exchange exchange) => exchange switch
    {
        { Status: >= 400 } => WireShape.Sample("error.json"),
        { Path: var path } when path.EndsWith(":commit", StringComparison.Ordinal) => WireShape.Sample("commit-response.json"),
        { Path: var path } when path.EndsWith(":batchGet", StringComparison.Ordinal) => WireShape.Sample("batch-get-response.json"),
        { Path: var path } when path.EndsWith(":runQuery", StringComparison.Ordinal) => WireShape.Sample("run-query-response.json"),
        { Path: var path } when path.Split("/documents/")[1].Split('/').Length % 2 == 0 => WireShape.Sample("document.json"),
        _ => WireShape.Sample("list-documents-response.json"),
    };
}
