using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

public sealed class ServiceInfoTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-info-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task RootReportsMemoryCacheWhenNoRedisIsConfigured()
    {
        await using var api = new ApiFactory(Path.Combine(_directory, "empty.db"), TimeProvider.System);
        using var http = api.CreateClient();

        var info = await http.GetFromJsonAsync<JsonElement>("/");

        Assert.Equal("CineRadar.Api", info.GetProperty("service").GetString());
        Assert.Equal("sqlite", info.GetProperty("store").GetString());
        Assert.Equal("memory", info.GetProperty("cache").GetProperty("mode").GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task TheSourceIsWhatTheScraperRecordedWithTheNewestDayNotASetting()
    {
        // An Api told "sandbox" by an old setting still reports what the data says.
        await using var api = new ApiFactory(Path.Combine(_directory, "days.db"), TimeProvider.System, new Dictionary<string, string?> { ["Tix:Source"] = "sandbox", ["Cache:VersionRefreshInterval"] = "00:00:00" });
        using var http = api.CreateClient();
        var catalog = api.Services.GetRequiredService<ICatalogStore>();
        var versions = api.Services.GetRequiredService<IDataVersionStore>();

        var before = await http.GetFromJsonAsync<JsonElement>("/");
        await catalog.PublishAsync(new CatalogPublication(new DateOnly(2026, 1, 10), DateTimeOffset.UtcNow, "run-1", [], "sandbox"));
        await catalog.PublishAsync(new CatalogPublication(new DateOnly(2026, 1, 11), DateTimeOffset.UtcNow, "run-2", [], "tix"));
        await versions.BumpAsync();
        var after = await http.GetFromJsonAsync<JsonElement>("/");

        Assert.Equal("none", before.GetProperty("source").GetString());
        Assert.Equal("tix", after.GetProperty("source").GetString());
    }
}
