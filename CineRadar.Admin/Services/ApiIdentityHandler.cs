using System.Security.Claims;
using CineRadar.WebComponents.Api;

namespace CineRadar.Admin.Services;

/// <summary>Sends the signed-in person's name and role with every Api call, so that the Api can authorize and record who asked.</summary>
public sealed class ApiIdentityHandler(IHttpContextAccessor http) : DelegatingHandler
{
    public const string UserHeader = "X-CineRadar-User";
    public const string RoleHeader = "X-CineRadar-Role";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
        {
            ServiceKeyHandler.SetHeader(request, UserHeader, user.Identity.Name);
            ServiceKeyHandler.SetHeader(request, RoleHeader, user.FindFirstValue(ClaimTypes.Role));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
