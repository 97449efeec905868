using Microsoft.Extensions.Options;

namespace CineRadar.WebComponents.Api;

/// <summary>The Api's settings for a site: its service key, from the AppHost (<c>Api:Key</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    public string? Key { get; set; }
}

/// <summary>Sends the site's service key with every Api call.</summary>
public sealed class ServiceKeyHandler(IOptions<ApiOptions> options) : DelegatingHandler
{
    public const string KeyHeader = "X-Api-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (options.Value.Key is { Length: > 0 } key)
        {
            SetHeader(request, KeyHeader, key);
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sets a header, replacing any earlier value: the resilience handler sits outside the site's handlers and sends the
    /// same request through them again on a retry.
    /// </summary>
    public static void SetHeader(HttpRequestMessage request, string header, string? value)
    {
        request.Headers.Remove(header);
        request.Headers.Add(header, value);
    }
}
