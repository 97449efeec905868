using System.Security.Claims;

namespace CineRadar.Api.Security;

/// <summary>Who a key belongs to: its id, name, role and rate limit (0: none).</summary>
public sealed record Caller(string KeyId, string Name, string Role, int RequestsPerMinute)
{
    private const string KeyIdClaim = "cineradar:key";
    private const string LimitClaim = "cineradar:rpm";

    /// <summary>The key's rate-limit bucket: a key whose limit changes starts a fresh one.</summary>
    public string Partition { get; } = $"{KeyId}:{RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The principal of a request made with this key, built once per key and carrying the caller itself.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme) => new CallerPrincipal(this, new ClaimsIdentity(
        [
            new Claim(KeyIdClaim, KeyId),
            new Claim(ClaimTypes.Name, Name),
            new Claim(ClaimTypes.Role, Role),
            new Claim(LimitClaim, RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ],
        scheme));

    /// <summary>The caller a request was authenticated as; null when it was not.</summary>
    public static Caller? Of(ClaimsPrincipal user) =>
        user is CallerPrincipal principal
            ? principal.Caller
            : user.FindFirst(KeyIdClaim)?.Value is { } id
            ? new Caller(id, user.Identity?.Name ?? "", user.FindFirst(ClaimTypes.Role)?.Value ?? "", int.Parse(user.FindFirst(LimitClaim)!.Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
}

/// <summary>A key's principal, which hands its caller to every reader (the rate limiter asks on every request) as is.</summary>
internal sealed class CallerPrincipal(Caller caller, ClaimsIdentity identity) : ClaimsPrincipal(identity)
{
    public Caller Caller { get; } = caller;
}

/// <summary>The roles a key gives.</summary>
public static class Callers
{
    public const string B2b = "b2b";
    public const string Service = "service";
    public const string Admin = "admin";

    /// <summary>The authorization policy of the admin API: the Admin site's service key.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The service key name that is the Admin site's.</summary>
    public const string AdminService = "admin";
}
