using CineRadar.Scraper.Browser;

namespace CineRadar.Scraper.Tix;

/// <summary>
/// Replays the app's guest headers on every catalog request; when TIX refuses them (401), bootstraps a new guest
/// session once and sends the request again.
/// </summary>
public sealed class GuestHeadersHandler(IGuestSession session) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bootstrap = await session.GetAsync(cancellationToken);
        Apply(request, bootstrap.Headers);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        session.Invalidate(bootstrap);
        Apply(request, (await session.GetAsync(cancellationToken)).Headers);
        return await base.SendAsync(request, cancellationToken);
    }

    private static void Apply(HttpRequestMessage request, IReadOnlyDictionary<string, string> headers)
    {
        foreach (var (name, value) in headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
