using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CineRadar.Api.Tests;

public sealed class ServiceInfoTests
{
    [Fact]
    public async Task RootReportsMemoryCacheWhenNoRedisIsConfigured()
    {
        await using var factory = new WebApplicationFactory<ApiEntryPoint>()
            .WithWebHostBuilder(web => web.UseSetting("Tix:Source", "tix").UseSetting("ConnectionStrings:cache", ""));
        using var http = factory.CreateClient();

        var info = await http.GetFromJsonAsync<JsonElement>("/");

        Assert.Equal("CineRadar.Api", info.GetProperty("service").GetString());
        Assert.Equal("tix", info.GetProperty("source").GetString());
        Assert.Equal("sqlite", info.GetProperty("store").GetString());
        Assert.Equal("memory", info.GetProperty("cache").GetProperty("mode").GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("version").GetString()));
    }
}
