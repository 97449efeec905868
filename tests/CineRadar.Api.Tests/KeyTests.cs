using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>Keys, roles and limits: who may call what, B2B keys from creation to revocation, 429 with Retry-After.</summary>
[Collection(ApiSuite.Name)]
public sealed class KeyTests(ApiFixture fixture)
{
    [Fact]
    public async Task MissingOrUnknownKeyIs401ProblemDetails()
    {
        using var anonymous = fixture.Api.Client(key: null);
        using var stranger = fixture.Api.Client("crk_00000000000000000000000000000000");

        var missing = await HttpAssert.ProblemAsync(await anonymous.GetAsync(new Uri("/api/v1/movies", UriKind.Relative)), HttpStatusCode.Unauthorized);
        var unknown = await HttpAssert.ProblemAsync(await stranger.GetAsync(new Uri("/api/v1/movies", UriKind.Relative)), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await anonymous.GetAsync(new Uri("/api/v1/admin/runs", UriKind.Relative)), HttpStatusCode.Unauthorized);

        Assert.Contains("X-Api-Key", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("not known", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/v1/admin/runs")]
    [InlineData("POST", "/api/v1/admin/runs")]
    [InlineData("GET", "/api/v1/admin/keys")]
    [InlineData("POST", "/api/v1/admin/keys")]
    [InlineData("DELETE", "/api/v1/admin/keys/k1")]
    [InlineData("GET", "/api/v1/admin/token")]
    [InlineData("GET", "/api/v1/admin/alerts")]
    [InlineData("GET", "/api/v1/admin/theatres/unlocated")]
    [InlineData("PUT", "/api/v1/admin/theatres/t1/location")]
    [InlineData("GET", "/api/v1/admin/audit")]
    [InlineData("GET", "/api/v1/admin/schedule")]
    public async Task AdminRoutesRefuseAnonymousServiceAndB2bKeys(string method, string url)
    {
        var b2b = await fixture.Api.IssueB2bKeyAsync("refused partner", 1000);
        using var anonymous = fixture.Api.Client(key: null);
        using var publicSite = fixture.Api.Client(ApiFactory.PublicKey, "olga", "operator");
        using var partner = fixture.Api.Client(b2b, "olga", "operator");

        await HttpAssert.ProblemAsync(await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await publicSite.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await partner.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null, "operator", "X-CineRadar-User")]
    [InlineData("olga", null, "X-CineRadar-Role")]
    [InlineData("olga", "boss", "X-CineRadar-Role")]
    public async Task AdminCallWithoutAUserOrWithAnUnknownRoleIs400(string? user, string? role, string header)
    {
        using var http = fixture.Api.Client(ApiFactory.AdminKey, user, role);

        var problem = await HttpAssert.ProblemAsync(await http.GetAsync(new Uri("/api/v1/admin/runs", UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(header, out _));
    }

    [Theory]
    [InlineData("POST", "/api/v1/admin/runs", """{"kind":"schedules"}""")]
    [InlineData("POST", "/api/v1/admin/runs/r1/retry-failed", null)]
    [InlineData("POST", "/api/v1/admin/keys", """{"name":"x"}""")]
    [InlineData("DELETE", "/api/v1/admin/keys/k1", null)]
    [InlineData("PUT", "/api/v1/admin/theatres/t1/location", """{"latitude":0,"longitude":0}""")]
    public async Task AnalystCannotGiveOperatorCommands(string method, string url, string? body)
    {
        using var http = fixture.Api.Analyst();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var problem = await HttpAssert.ProblemAsync(await http.SendAsync(request), HttpStatusCode.Forbidden);

        Assert.Contains("operator", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedKeyIsStoredHashedReadsUntilRevokedAndEveryStepIsAudited()
    {
        using var admin = fixture.Api.Operator("karin");
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name = "Acme Pictures", requestsPerMinute = 500 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = key.GetProperty("secret").GetString()!;
        var id = key.GetProperty("id").GetString()!;

        Assert.Matches("^crk_[0-9A-Za-z]{32}$", secret);
        Assert.Equal(secret[..8], key.GetProperty("prefix").GetString());
        Assert.Equal("b2b", key.GetProperty("role").GetString());
        Assert.Equal("karin", key.GetProperty("createdBy").GetString());
        Assert.Equal($"/api/v1/admin/keys/{id}", created.Headers.Location?.ToString());
        var stored = await fixture.Api.Services.GetRequiredService<IApiKeyStore>().FindBySecretHashAsync(
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        Assert.Equal(id, stored?.Id);
        var listed = (await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin/keys", UriKind.Relative))).EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.False(listed.TryGetProperty("secret", out _));
        Assert.DoesNotContain(secret, listed.ToString(), StringComparison.Ordinal);

        using var partner = fixture.Api.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(new Uri("/api/v1/cities", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(new Uri($"/api/v1/admin/keys/{id}", UriKind.Relative))).StatusCode);
        var revoked = await HttpAssert.ProblemAsync(await partner.GetAsync(new Uri("/api/v1/cities", UriKind.Relative)), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await admin.DeleteAsync(new Uri($"/api/v1/admin/keys/{id}", UriKind.Relative)), HttpStatusCode.NotFound);

        Assert.Contains("revoked", revoked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var audit = (await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin/audit?limit=200", UriKind.Relative))).EnumerateArray()
            .Where(e => e.GetProperty("target").GetString() == id).ToList();
        Assert.Equal(["key.revoke", "key.create"], audit.Select(e => e.GetProperty("action").GetString()!).ToList());
        Assert.All(audit, e => Assert.Equal("karin", e.GetProperty("user").GetString()));
        Assert.All(audit, e => Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal));
        Assert.NotNull((await fixture.Api.Services.GetRequiredService<IApiKeyStore>().ListAsync()).Single(k => k.Id == id).LastUsedAt);
    }

    [Fact]
    public async Task KeyOverItsLimitGets429WithRetryAfter()
    {
        using var partner = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("small partner", 2));

        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).StatusCode);
        using var refused = await partner.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));

        await HttpAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Api.PublicSite().GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).StatusCode);
    }
}
