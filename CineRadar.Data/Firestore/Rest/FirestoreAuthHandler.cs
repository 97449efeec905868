using System.Net.Http.Headers;

namespace CineRadar.Data.Firestore.Rest;

/// <summary>
/// Puts the bearer token on every Firestore request. The credential caches its access token and refreshes it near
/// expiry; the token is never logged (HttpClient's logging redacts header values).
/// </summary>
internal sealed class FirestoreAuthHandler(FirestoreConnection connection) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await connection.Credential.GetAccessTokenForRequestAsync(cancellationToken: cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
