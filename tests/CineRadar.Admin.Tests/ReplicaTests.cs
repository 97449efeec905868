using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CineRadar.Admin.Auth;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Admin.Tests;

/// <summary>
/// Two replicas of the Admin site behind one real Api and store, as deployed with several replicas: a sign-in made
/// through one holds on the other (one Data Protection key ring, in the store), and failed sign-ins counted through
/// one lock the name out on the other.
/// </summary>
public sealed class ReplicaTests : IClassFixture<ReplicaTests.TwoReplicas>
{
    private readonly TwoReplicas _replicas;

    public ReplicaTests(TwoReplicas replicas) => _replicas = replicas;

    [Fact]
    public async Task ASignInCookieFromOneReplicaIsAcceptedByTheOther()
    {
        await AssertSignInHoldsAsync(signInThrough: _replicas.First, readThrough: _replicas.Second);

        var stored = await _replicas.StoredKeyIdsAsync();
        Assert.NotEmpty(stored);
        Assert.Equal(stored, KeyIds(_replicas.First));
        Assert.Equal(stored, KeyIds(_replicas.Second));
    }

    [Fact]
    public async Task ReplicasStartingTogetherOnAnEmptyRingCreateOneKeyAndReadEachOthersCookies()
    {
        await using var api = new SharedApi();
        await using var first = new AdminSite { RealApi = api };
        await using var second = new AdminSite { RealApi = api };

        // Both load the ring before taking requests, at the same moment, on a store that has no key yet.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        var stored = await TwoReplicas.StoredKeyIdsAsync(api);
        Assert.Single(stored);
        await AssertSignInHoldsAsync(signInThrough: first, readThrough: second);
        await AssertSignInHoldsAsync(signInThrough: second, readThrough: first);
        Assert.Equal(stored, await TwoReplicas.StoredKeyIdsAsync(api));
    }

    private static async Task AssertSignInHoldsAsync(AdminSite signInThrough, AdminSite readThrough)
    {
        using var browser = signInThrough.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("cineradar.admin", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0])
            .ToList();
        Assert.NotEmpty(cookies);

        using var other = readThrough.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/keys");
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        using var page = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("dewi (operator)", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<Guid> KeyIds(AdminSite replica) =>
        replica.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Order().ToList();

    [Fact]
    public async Task FailuresCountedThroughOneReplicaLockTheNameOutOnTheOther()
    {
        var allowed = new AdminOptions().MaxFailedSignIns;
        using var throughFirst = _replicas.First.Browser();
        using var throughSecond = _replicas.Second.Browser();
        for (var failure = 1; failure < allowed; failure++)
        {
            using var refused = await AdminSite.SignInAsync(throughFirst, AdminSite.AnalystName, $"guess-{failure}");
            Assert.Contains("Wrong name or password.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var last = await AdminSite.SignInAsync(throughSecond, AdminSite.AnalystName, "guess-last");
        using var rightPassword = await AdminSite.SignInAsync(throughFirst, AdminSite.AnalystName, AdminSite.AnalystPassword);

        Assert.Contains("Too many failed sign-ins", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("Too many failed sign-ins", await rightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The Api on its own store, and two replicas of the site sharing it.</summary>
    public sealed class TwoReplicas : IAsyncLifetime
    {
        private readonly SharedApi _api = new();

        public TwoReplicas()
        {
            First = new AdminSite { RealApi = _api };
            Second = new AdminSite { RealApi = _api };
        }

        public AdminSite First { get; }

        public AdminSite Second { get; }

        /// <summary>The ids of the keys the store holds, read from the Api as the site reads them.</summary>
        public Task<List<Guid>> StoredKeyIdsAsync() => StoredKeyIdsAsync(_api);

        public static async Task<List<Guid>> StoredKeyIdsAsync(SharedApi api)
        {
            using var http = api.CreateClient();
            http.DefaultRequestHeaders.Add("X-Api-Key", SharedApi.AdminKey);
            var keys = await http.GetFromJsonAsync<JsonElement>("/api/v1/admin/site/data-protection-keys");
            return keys.EnumerateArray()
                .Select(k => Guid.Parse(XElement.Parse(k.GetProperty("xml").GetString()!).Attribute("id")!.Value))
                .Order()
                .ToList();
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
            await _api.DisposeAsync();
        }
    }
}
