using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary><c>/api/v1/data-version</c>, which the sites' live pages watch: the store's version, never cached, for a key only.</summary>
public sealed class DataVersionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-version-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task DataVersionFollowsTheStoreAndIsNeverCached()
    {
        await using var api = new ApiFactory(Path.Combine(_directory, "version.db"), TimeProvider.System, new Dictionary<string, string?> { ["Cache:VersionRefreshInterval"] = "00:00:00" });
        using var site = api.PublicSite();
        var versions = api.Services.GetRequiredService<IDataVersionStore>();

        var before = await site.GetFromJsonAsync<JsonElement>("/api/v1/data-version");
        var bumped = await versions.BumpAsync();
        using var after = await site.GetAsync("/api/v1/data-version");

        Assert.Equal(bumped, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        Assert.True(before.GetProperty("version").GetInt64() < bumped);
        Assert.True(after.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task DataVersionNeedsAKey()
    {
        await using var api = new ApiFactory(Path.Combine(_directory, "anonymous.db"), TimeProvider.System);
        using var anonymous = api.Client(null);

        using var response = await anonymous.GetAsync("/api/v1/data-version");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
