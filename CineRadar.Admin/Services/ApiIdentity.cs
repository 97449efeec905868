using System.Security.Claims;

namespace CineRadar.Admin.Services;

/// <summary>
/// The person Api calls are made for when no request is being served: a run's shared watch keeps asking the Api after
/// the page that started it has gone, in the name of the person who opened it (any signed-in person may read runs).
/// </summary>
public static class ApiIdentity
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Ambient = new();

    /// <summary>Set for the rest of the calling async flow; <see cref="ApiIdentityHandler"/> prefers it to the request's user.</summary>
    public static ClaimsPrincipal? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }
}
