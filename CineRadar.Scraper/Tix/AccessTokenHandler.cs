using System.Net.Http.Headers;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Tokens;

namespace CineRadar.Scraper.Tix;

/// <summary>
/// Sends the logged-in access token with every seat-layout request; when TIX answers 401 in the middle of a run, gets a
/// fresh token (refresh, or login) and sends the request again. An access token gets one such refresh at most, so a
/// 401 that is not about the token (a show that started, said in words we do not know) cannot set off a refresh storm:
/// the 401 then stands and the sample is dropped with it.
/// </summary>
public sealed class AccessTokenHandler(TixTokenService tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized || await SaysShowStartedAsync(response, cancellationToken))
        {
            return response;
        }

        var fresh = await tokens.RecoverFromRejectionAsync(token, cancellationToken);
        if (fresh is null)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>TIX also answers 401 for a showtime that has started; a new token would not help with that.</summary>
    private static async Task<bool> SaysShowStartedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return TixPayloads.ReadError(body) is { } error && TixErrors.SaysShowStarted(error.Code, error.Message);
    }
}
