using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace CineRadar.EndToEnd.Tests;

[Collection(WholeSystem.Name)]
public sealed class AppHostTests(SystemFixture system)
{
    [Fact]
    public async Task EveryResourceBecomesHealthy()
    {
        using var timeout = new CancellationTokenSource(SystemFixture.StartTimeout);
        foreach (var name in SystemFixture.ResourceNames)
        {
            var state = await system.App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
        }
    }

    [Theory]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("public")]
    public async Task ServiceAnswersOkThroughItsAspireEndpoint(string resource)
    {
        using var timeout = new CancellationTokenSource(SystemFixture.StartTimeout);
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        using var http = system.App.CreateHttpClient(resource);

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative), timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiReportsRedisModeWhenRedisServerIsPresent()
    {
        using var timeout = new CancellationTokenSource(SystemFixture.StartTimeout);
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("api", timeout.Token);
        using var http = system.App.CreateHttpClient("api");

        var info = await http.GetFromJsonAsync<JsonElement>(new Uri("/", UriKind.Relative), timeout.Token);

        var cache = info.GetProperty("cache");
        Assert.Equal("redis", cache.GetProperty("mode").GetString());
        Assert.True(cache.GetProperty("connected").GetBoolean());
        Assert.Equal("sandbox", info.GetProperty("source").GetString());
        Assert.Equal("sqlite", info.GetProperty("store").GetString());
    }
}
