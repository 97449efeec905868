using System.Globalization;
using System.Security.Claims;
using CineRadar.Api.Admin;

namespace CineRadar.Api.Security;

/// <summary>Who a key belongs to: its id, name, kind of caller and rate limit (0: none).</summary>
public sealed record Caller(string KeyId, string Name, string Kind, int RequestsPerMinute)
{
    /// <summary>The key's rate-limit bucket: a key whose limit changes starts a fresh one.</summary>
    public string Partition { get; } = $"{KeyId}:{RequestsPerMinute.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The principal of a request made with this key, carrying the caller itself. The signed-in Admin user's name and
    /// role (<see cref="ClaimTypes.Name"/>, <see cref="ClaimTypes.Role"/>) are claims only of the Admin site's key.
    /// </summary>
    internal ClaimsPrincipal ToPrincipal(string scheme, AdminSiteUser? user = null)
    {
        List<Claim> claims =
        [
            new(CallerClaims.Kind, Kind),
            new(CallerClaims.KeyId, KeyId),
            new(CallerClaims.KeyName, Name),
            new(CallerClaims.RequestsPerMinute, RequestsPerMinute.ToString(CultureInfo.InvariantCulture)),
        ];
        if (user is not null && Kind == CallerKinds.AdminSite)
        {
            claims.Add(new Claim(ClaimTypes.Name, user.Name));
            claims.Add(new Claim(ClaimTypes.Role, user.Role));
        }

        return new CallerPrincipal(this, new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The caller a request was authenticated as; null when it was not.</summary>
    public static Caller? Of(ClaimsPrincipal user) =>
        user is CallerPrincipal principal
            ? principal.Caller
            : user.FindFirst(CallerClaims.KeyId)?.Value is { } id
            ? new Caller(
                id,
                user.FindFirst(CallerClaims.KeyName)?.Value ?? "",
                user.FindFirst(CallerClaims.Kind)?.Value ?? "",
                int.Parse(user.FindFirst(CallerClaims.RequestsPerMinute)!.Value, CultureInfo.InvariantCulture))
            : null;
}

/// <summary>A key's principal, which hands its caller to every reader (the rate limiter asks on every request) as is.</summary>
internal sealed class CallerPrincipal(Caller caller, ClaimsIdentity identity) : ClaimsPrincipal(identity)
{
    public Caller Caller { get; } = caller;
}

/// <summary>The claims a key gives besides the Admin user's name and role.</summary>
internal static class CallerClaims
{
    /// <summary>Which kind of caller holds the key: one of <see cref="CallerKinds"/>.</summary>
    public const string Kind = "cineradar:caller";

    public const string KeyId = "cineradar:key";
    public const string KeyName = "cineradar:key-name";
    public const string RequestsPerMinute = "cineradar:rpm";
}

/// <summary>The kinds of caller, told apart by where the key was found, never by anything the request says.</summary>
internal static class CallerKinds
{
    /// <summary>The Admin site's service key (<c>ApiKeys:Services:admin</c>).</summary>
    public const string AdminSite = "admin-site";

    /// <summary>Any other service key (<c>ApiKeys:Services:public</c>): it reads like a B2B key.</summary>
    public const string PublicSite = "public-site";

    /// <summary>A key created through the Admin or the command line, found hashed in the store.</summary>
    public const string B2b = "b2b";

    /// <summary>The service name under <c>ApiKeys:Services</c> whose key is the Admin site's.</summary>
    public const string AdminServiceName = "admin";

    /// <summary>The service name under <c>ApiKeys:Services</c> whose key is the Public site's.</summary>
    public const string PublicServiceName = "public";
}
