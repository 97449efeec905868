using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CineRadar.EndToEnd.Tests.Support;

namespace CineRadar.EndToEnd.Tests.ProductionShape;

/// <summary>The deployed shape run here: what several replicas of each service must hold to.</summary>
[Collection(ProductionShapeSystem.Name)]
public sealed partial class ProductionShapeTests(ProductionShapeFixture system)
{
    [Fact]
    public void TheNationalSweepIsSharedByBothScrapersWithNoCityTwiceAndNoneLost()
    {
        var run = system.NationalRun;
        var items = CityItems(run);

        Assert.Equal("success", run.GetProperty("status").GetString());
        Assert.True(items.Count >= 83, $"{items.Count} cities in the national sweep");
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("key").GetString()).Distinct().Count());
        Assert.All(items, item => Assert.Contains(item.GetProperty("status").GetString(), new[] { "ok", "empty" }));
        var processes = items.GroupBy(i => ProcessOf(i.GetProperty("owner").GetString()!)).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(processes.Count == 2, $"cities per scraper process: {JsonSerializer.Serialize(processes)}");
    }

    [Fact]
    public async Task BothApiReplicasAnswerIdenticalReadsAfterThePublish()
    {
        using var replicas = new Replicas(system.Endpoint("api"));
        var date = system.NationalRun.GetProperty("date").GetString();

        var answers = await replicas.UntilEveryReplicaAnsweredAsync(() => PublicRequest($"/api/v1/movies?date={date}"), replicas: 2);

        Assert.Equal(2, answers.Select(a => a.Instance).Distinct().Count());
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.NotEqual(0, JsonDocument.Parse(answers[0].Body).RootElement.GetProperty("movies").GetArrayLength());
    }

    [Fact]
    public async Task AB2bKeysLimitHoldsAcrossBothApiReplicas()
    {
        const int perMinute = 30;
        using var admin = system.Api(admin: true);
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = "e2e-limited", requestsPerMinute = perMinute });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var replicas = new Replicas(system.Endpoint("api"));
        var clock = Stopwatch.StartNew();

        var answers = new List<(string Instance, HttpStatusCode Status)>();
        for (var i = 0; i < 3 * perMinute; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cities");
            request.Headers.Add("X-Api-Key", secret);
            using var response = await replicas.Http.SendAsync(request);
            answers.Add((Replicas.InstanceOf(response), response.StatusCode));
        }

        // The bucket refills evenly through the minute, and each replica may hold one lease (a second's worth, at least one).
        var bound = perMinute + 2 + (int)Math.Ceiling(clock.Elapsed.TotalMinutes * perMinute);
        var admitted = answers.Count(a => a.Status == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.True(admitted <= bound, $"{admitted} admitted, bound {bound}");
        Assert.True(admitted >= perMinute / 2, $"{admitted} admitted");
        Assert.Equal(2, answers.Where(a => a.Status == HttpStatusCode.OK).Select(a => a.Instance).Distinct().Count());
    }

    [Fact]
    public async Task AnAdminSignInMadeThroughOneReplicaWorksThroughTheOther()
    {
        var cookies = new CookieContainer();
        using var replicas = new Replicas(system.Endpoint("admin"), cookies);
        var login = await replicas.Http.GetStringAsync("/login");
        using var signIn = await replicas.Http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(login).Groups[1].Value),
            ["Input.Name"] = "admin",
            ["Input.Password"] = SystemFixture.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var signedInBy = Replicas.InstanceOf(signIn);

        var answers = await replicas.UntilEveryReplicaAnsweredAsync(() => new HttpRequestMessage(HttpMethod.Get, "/keys"), replicas: 2);

        Assert.Contains(answers, a => a.Instance != signedInBy);
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.Status);
            Assert.Contains("admin (operator)", a.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheOtherScraperTakesSeatSamplingOverWhenTheLeaderIsKilled()
    {
        using var firestore = new HttpClient { BaseAddress = system.FirestoreDocuments };
        var scrapers = CityItems(system.NationalRun).Select(i => ProcessOf(i.GetProperty("owner").GetString()!)).Distinct().ToList();
        var leader = await LeaseHolderAsync(firestore, holder => holder is not null);

        Process.GetProcessById(leader!.Value).Kill();
        var killedAt = Stopwatch.StartNew();
        var successor = await LeaseHolderAsync(firestore, holder => holder is not null && holder != leader);

        Assert.Contains(leader.Value, scrapers);
        Assert.Contains(successor!.Value, scrapers);
        Assert.True(killedAt.Elapsed < 3 * ProductionShapeFixture.LeaderLease + TimeSpan.FromMinutes(1), $"taken over after {killedAt.Elapsed}");
    }

    /// <summary>Waits until the seat-sampling lease's holder (a live one) satisfies <paramref name="wanted"/>.</summary>
    private static async Task<int?> LeaseHolderAsync(HttpClient firestore, Func<int?, bool> wanted)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(3);
        int? holder = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var response = await firestore.GetAsync("leases/seat-sampling");
            holder = null;
            if (response.IsSuccessStatusCode)
            {
                var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields");
                var until = DateTimeOffset.Parse(fields.GetProperty("lease_until").GetProperty("timestampValue").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                holder = until > DateTimeOffset.UtcNow ? ProcessOf(fields.GetProperty("owner").GetProperty("stringValue").GetString()!) : null;
            }

            if (wanted(holder))
            {
                return holder;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException($"The seat-sampling lease's holder stayed {holder?.ToString() ?? "none"}.");
    }

    /// <summary>A run's city items (the publish step left out).</summary>
    private static List<JsonElement> CityItems(JsonElement run) =>
        run.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("key").GetString() != "publish").ToList();

    /// <summary>The process id in a worker's owner name (<c>{machine}:{pid}#{n}</c>, <c>{machine}:{pid}:seats</c>).</summary>
    private static int ProcessOf(string owner) => int.Parse(OwnerProcess().Match(owner).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static HttpRequestMessage PublicRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", SystemFixture.PublicApiKey);
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex(@"^[^:]+:(\d+)[#:]")]
    private static partial Regex OwnerProcess();
}
