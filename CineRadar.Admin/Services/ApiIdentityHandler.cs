using System.Security.Claims;
using CineRadar.Contracts;
using CineRadar.WebComponents.Api;

namespace CineRadar.Admin.Services;

/// <summary>Sends the signed-in person's name and role with every Api call, so that the Api can authorize and record who asked.</summary>
public sealed class ApiIdentityHandler(IHttpContextAccessor http) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if ((ApiIdentity.Current ?? http.HttpContext?.User) is { Identity.IsAuthenticated: true } user)
        {
            ServiceKeyHandler.SetHeader(request, IdentityHeaders.User, user.Identity.Name);
            ServiceKeyHandler.SetHeader(request, IdentityHeaders.Role, user.FindFirstValue(ClaimTypes.Role));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
