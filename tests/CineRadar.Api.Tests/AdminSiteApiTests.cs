using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;

namespace CineRadar.Api.Tests;

/// <summary>
/// <c>/api/v1/admin/site</c>: the Admin site's Data Protection key ring and its sign-in failures, kept in the store for
/// every replica of the site, for the site's service key only.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class AdminSiteApiTests(ApiFixture fixture)
{
    private const string Keys = "/api/v1/admin/site/data-protection-keys";
    private const string Failures = "/api/v1/admin/site/sign-in-failures";
    private const string Lease = "/api/v1/admin/site/data-protection-keys/lease";

    [Fact]
    public async Task KeyRingKeepsWhatTheSiteAddsForTheSiteKeyOnly()
    {
        await using var api = fixture.NewApiOnCopy();
        using var site = api.Client(ApiFactory.AdminKey);
        const string Xml = """<key id="3f2b" version="1"><creationDate>2026-01-11T01:00:00Z</creationDate></key>""";

        using var added = await site.PostJsonAsync(Keys, new { friendlyName = "key-3f2b", xml = Xml });
        using var listed = await site.GetAsync(new Uri(Keys, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        var ring = await HttpAssert.OkAsync(listed);
        Assert.Equal([("key-3f2b", Xml)], ring.EnumerateArray().Select(k => (k.GetProperty("friendlyName").GetString(), k.GetProperty("xml").GetString())));
        Assert.Equal("no-store", listed.Headers.CacheControl?.ToString());
        await HttpAssert.ProblemAsync(await api.PublicSite().GetAsync(new Uri(Keys, UriKind.Relative)), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await api.PublicSite().PostJsonAsync(Keys, new { friendlyName = "key-evil", xml = "<key />" }), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null, "<key />", "friendlyName")]
    [InlineData("key-1", null, "xml")]
    [InlineData("key-1", "<key>", "xml")]
    [InlineData("key-1", "<!DOCTYPE key [<!ENTITY a 'x'>]><key>&a;</key>", "xml")]
    [InlineData("key-1", "not xml", "xml")]
    public async Task AKeyThatIsNotOneXmlElementIs400(string? friendlyName, string? xml, string parameter)
    {
        using var site = fixture.Api.Client(ApiFactory.AdminKey);

        await HttpAssert.NamesParameterAsync(await site.PostJsonAsync(Keys, new { friendlyName, xml }), parameter);
    }

    [Fact]
    public async Task OneReplicaAtATimeHoldsTheKeyRingLeaseUntilItGivesItUp()
    {
        await using var api = fixture.NewApiOnCopy();
        using var site = api.Client(ApiFactory.AdminKey);

        Assert.True(await TakeLeaseAsync(site, "replica-a"));
        Assert.False(await TakeLeaseAsync(site, "replica-b"));
        Assert.True(await TakeLeaseAsync(site, "replica-a"));
        using var releasedByOther = await site.DeleteAsync(new Uri($"{Lease}?owner=replica-b", UriKind.Relative));
        Assert.False(await TakeLeaseAsync(site, "replica-b"));
        using var released = await site.DeleteAsync(new Uri($"{Lease}?owner=replica-a", UriKind.Relative));
        Assert.True(await TakeLeaseAsync(site, "replica-b"));

        Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, releasedByOther.StatusCode);
        await HttpAssert.ProblemAsync(await api.PublicSite().PostJsonAsync(Lease, new { owner = "evil", seconds = 30 }), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await api.PublicSite().DeleteAsync(new Uri($"{Lease}?owner=replica-b", UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null, 30, "owner")]
    [InlineData("replica-a", null, "seconds")]
    [InlineData("replica-a", 0, "seconds")]
    [InlineData("replica-a", 301, "seconds")]
    public async Task AKeyRingLeaseWithoutOwnerOrWithSecondsOutOfRangeIs400(string? owner, int? seconds, string parameter)
    {
        using var site = fixture.Api.Client(ApiFactory.AdminKey);

        await HttpAssert.NamesParameterAsync(await site.PostJsonAsync(Lease, new { owner, seconds }), parameter);
        await HttpAssert.NamesParameterAsync(await site.DeleteAsync(new Uri(Lease, UriKind.Relative)), "owner");
    }

    private static async Task<bool> TakeLeaseAsync(HttpClient site, string owner)
    {
        using var response = await site.PostJsonAsync(Lease, new { owner, seconds = 30 });
        return (await HttpAssert.OkAsync(response)).GetProperty("acquired").GetBoolean();
    }

    [Fact]
    public async Task SignInFailuresAreCountedInTheWindowAndClearedForTheSiteKeyOnly()
    {
        using var site = fixture.Api.Client(ApiFactory.AdminKey);
        var name = $"guess-{Guid.NewGuid():N}";

        Assert.Equal(1, await RecordAsync(site, name));
        Assert.Equal(2, await RecordAsync(site, name));
        Assert.Equal(2, await CountAsync(site, name));
        Assert.Equal(0, await CountAsync(site, "someone-else-" + name));

        using var cleared = await site.DeleteAsync(new Uri($"{Failures}?name={name}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(0, await CountAsync(site, name));

        using var publicSite = fixture.Api.PublicSite();
        await HttpAssert.ProblemAsync(await publicSite.PostJsonAsync(Failures, new { name, windowSeconds = 900 }), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await publicSite.DeleteAsync(new Uri($"{Failures}?name={name}", UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("", "900", "name")]
    [InlineData("dewi", "", "windowSeconds")]
    [InlineData("dewi", "0", "windowSeconds")]
    [InlineData("dewi", "86401", "windowSeconds")]
    public async Task AFailureCountWithoutANameOrAWindowIs400(string name, string windowSeconds, string parameter)
    {
        using var site = fixture.Api.Client(ApiFactory.AdminKey);

        await HttpAssert.NamesParameterAsync(
            await site.GetAsync(new Uri($"{Failures}?name={name}&windowSeconds={windowSeconds}", UriKind.Relative)), parameter);
    }

    private static async Task<int> RecordAsync(HttpClient site, string name)
    {
        using var response = await site.PostJsonAsync(Failures, new { name, windowSeconds = 900 });
        return (await HttpAssert.OkAsync(response)).GetProperty("failures").GetInt32();
    }

    private static async Task<int> CountAsync(HttpClient site, string name) =>
        (await site.GetOkAsync($"{Failures}?name={Uri.EscapeDataString(name)}&windowSeconds=900")).GetProperty("failures").GetInt32();
}
