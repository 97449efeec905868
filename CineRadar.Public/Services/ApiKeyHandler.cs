using Microsoft.Extensions.Options;

namespace CineRadar.Public.Services;

/// <summary>The Api's settings for this site: its service key, from the AppHost (<c>Api:Key</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    public string? Key { get; set; }
}

/// <summary>Sends the Public site's service key with every Api call.</summary>
public sealed class ApiKeyHandler(IOptions<ApiOptions> options) : DelegatingHandler
{
    public const string KeyHeader = "X-Api-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The resilience handler sits outside this one and sends the same request again on a retry: set, never append.
        request.Headers.Remove(KeyHeader);
        if (options.Value.Key is { Length: > 0 } key)
        {
            request.Headers.Add(KeyHeader, key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
