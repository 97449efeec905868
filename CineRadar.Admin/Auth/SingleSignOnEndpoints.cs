using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CineRadar.Admin.Auth;

public static class SingleSignOnEndpoints
{
    /// <summary><c>/login/sso</c> starts an OpenID Connect sign-in when an authority is configured.</summary>
    public static IEndpointRouteBuilder MapSingleSignOn(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.Oidc.IsConfigured)
        {
            app.MapGet("/login/sso", (string? returnUrl) => TypedResults.Challenge(
                    new AuthenticationProperties { RedirectUri = ReturnUrls.Local(returnUrl) },
                    [AdminAuthenticationExtensions.OidcScheme]))
                .AllowAnonymous();
        }

        return app;
    }
}
