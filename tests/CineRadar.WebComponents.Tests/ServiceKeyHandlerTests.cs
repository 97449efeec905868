using CineRadar.WebComponents.Api;
using Microsoft.Extensions.Options;

namespace CineRadar.WebComponents.Tests;

public sealed class ServiceKeyHandlerTests
{
    [Fact]
    public async Task KeyIsSentOnceEvenWhenARetrySendsTheRequestAgain()
    {
        var seen = new List<string[]>();
        using var invoker = new HttpMessageInvoker(new ServiceKeyHandler(Options.Create(new ApiOptions { Key = "crk_site" })) { InnerHandler = new Recorder(seen) });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://api/api/v1/movies");

        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();
        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();

        Assert.Equal([["crk_site"], ["crk_site"]], seen);
    }

    [Fact]
    public async Task NoKeyConfiguredSendsNoHeader()
    {
        var seen = new List<string[]>();
        using var invoker = new HttpMessageInvoker(new ServiceKeyHandler(Options.Create(new ApiOptions())) { InnerHandler = new Recorder(seen) });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://api/api/v1/movies");

        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();

        Assert.Equal([[]], seen);
    }

    private sealed class Recorder(List<string[]> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Headers.TryGetValues(ServiceKeyHandler.KeyHeader, out var values) ? [.. values] : []);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
