using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace CineRadar.Admin.Services;

/// <summary>The Api's settings for this site: its service key, from the AppHost (<c>Api:Key</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    public string? Key { get; set; }
}

/// <summary>
/// Sends the Admin's service key with every Api call, and the signed-in person's name and role, so that the Api can
/// authorize and record who asked.
/// </summary>
public sealed class ApiIdentityHandler(IHttpContextAccessor http, IOptions<ApiOptions> options) : DelegatingHandler
{
    public const string KeyHeader = "X-Api-Key";
    public const string UserHeader = "X-CineRadar-User";
    public const string RoleHeader = "X-CineRadar-Role";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A retry sends the same request through here again: headers are set, never added twice.
        if (options.Value.Key is { Length: > 0 } key)
        {
            Set(request, KeyHeader, key);
        }

        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
        {
            Set(request, UserHeader, user.Identity.Name);
            Set(request, RoleHeader, user.FindFirstValue(ClaimTypes.Role));
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static void Set(HttpRequestMessage request, string header, string? value)
    {
        request.Headers.Remove(header);
        request.Headers.Add(header, value);
    }
}
