using System.Net;
using CineRadar.Admin.Auth;
using CineRadar.WebComponents.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CineRadar.Admin.Tests;

/// <summary>The key-ring lease a replica takes at start is given back however loading the ring ended.</summary>
public sealed class KeyRingStartupTests
{
    [Fact]
    public async Task TheLeaseIsGivenBackWhenTheKeyRingFailsToLoad()
    {
        var api = new LeaseApi();
        using var services = new ServiceCollection()
            .AddSingleton(new CineRadarApiClient(new HttpClient(api) { BaseAddress = new Uri("http://api.test/") }, NullLogger<CineRadarApiClient>.Instance))
            .BuildServiceProvider();
        var startup = new KeyRingStartup(services, new FailingProtection(), TimeProvider.System, NullLogger<KeyRingStartup>.Instance);

        await startup.StartAsync(CancellationToken.None);

        Assert.Equal(["POST", "DELETE"], api.Calls.Select(c => c.Method));
        Assert.All(api.Calls, c => Assert.Contains("/data-protection-keys/lease", c.Path, StringComparison.Ordinal));
    }

    /// <summary>The Api's lease routes: the lease is free, and giving it back succeeds.</summary>
    private sealed class LeaseApi : HttpMessageHandler
    {
        public List<(string Method, string Path)> Calls { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls.Add((request.Method.Method, request.RequestUri!.AbsolutePath));
            return Task.FromResult(request.Method == HttpMethod.Post
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"acquired":true}""", System.Text.Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }

    /// <summary>A key ring that cannot be read, as when its repository answers something unreadable.</summary>
    private sealed class FailingProtection : IDataProtectionProvider
    {
        public IDataProtector CreateProtector(string purpose) => throw new InvalidOperationException("The key ring cannot be read.");
    }
}
