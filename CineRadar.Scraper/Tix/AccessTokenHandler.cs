using System.Net.Http.Headers;
using CineRadar.Scraper.Tokens;

namespace CineRadar.Scraper.Tix;

/// <summary>
/// Sends the logged-in access token with every seat-layout request; when TIX answers 401 in the middle of a run, gets a
/// fresh token once (refresh, or login) and sends the request again.
/// </summary>
public sealed class AccessTokenHandler(TixTokenService tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized || await IsEventExpiredAsync(response, cancellationToken))
        {
            return response;
        }

        response.Dispose();
        var fresh = await tokens.RecoverFromRejectionAsync(token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>TIX also answers 401 for a showtime that has started; a new token would not help with that.</summary>
    private static async Task<bool> IsEventExpiredAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return Core.Tix.TixPayloads.ReadError(body)?.Code == Core.Tix.TixApiException.ExpiredEventDetail;
    }
}
