using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CineRadar.Admin.Auth;

public static class AdminAuthenticationExtensions
{
    public const string OperatorPolicy = "operator";
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The same on every replica, so that each reads what another protected.</summary>
    public const string DataProtectionApplicationName = "CineRadar.Admin";

    /// <summary>
    /// Cookie sign-in for the configured users (and OpenID Connect when an authority is configured); every page needs
    /// a signed-in user; the operator policy guards what changes things. The Data Protection key ring (which signs the
    /// cookies and form tokens) and the sign-in lockout live in the store, through the Api, shared by every replica.
    /// </summary>
    public static IHostApplicationBuilder AddAdminAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AdminUserDirectory>();
        services.AddSingleton<LocalSignInFailures>();
        services.AddSingleton<ISignInFailures, SharedSignInFailures>();
        services.AddSingleton<ApiXmlRepository>();
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<ApiXmlRepository>((options, repository) => options.XmlRepository = repository);

        // First of all hosted services: Data Protection's own one preloads the ring too, without the lease.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, KeyRingStartup>());
        services.AddTransient<SignInAudit>();
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.AccessDeniedPath = "/forbidden";
                cookie.Cookie.Name = "cineradar.admin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            });

        var oidc = builder.Configuration.GetSection($"{AdminOptions.SectionName}:{nameof(AdminOptions.Oidc)}").Get<OidcOptions>() ?? new OidcOptions();
        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(OidcScheme, options =>
            {
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.MapInboundClaims = false;
                options.Scope.Add("profile");
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
                options.Events.OnTicketReceived = context => context.HttpContext.RequestServices.GetRequiredService<SignInAudit>().SucceededAsync(
                    context.Principal?.Identity?.Name ?? "(single sign-on)",
                    context.Principal?.FindFirst(oidc.RoleClaim)?.Value ?? "-",
                    SignInAudit.SingleSignOn,
                    context.HttpContext.RequestAborted);
                options.Events.OnRemoteFailure = context => context.HttpContext.RequestServices.GetRequiredService<SignInAudit>().RefusedAsync(
                    "(single sign-on)", SignInAudit.SingleSignOn, context.Failure?.Message ?? "refused by the identity provider", context.HttpContext.RequestAborted);
            });
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(OperatorPolicy, policy => policy.RequireRole(Roles.Operator));
        return builder;
    }
}
