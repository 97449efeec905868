namespace CineRadar.Admin.Auth;

/// <summary>The people who may sign in, bound from <c>Admin</c>: <c>Admin:Users:0:Name</c>, <c>Role</c>, and a password.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public List<AdminUserOptions> Users { get; set; } = [];

    /// <summary>Failed sign-ins allowed within <see cref="LockoutWindow"/> before the account is locked for that long.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>OpenID Connect sign-in, used when an authority is configured.</summary>
    public OidcOptions Oidc { get; set; } = new();
}

public sealed class AdminUserOptions
{
    public string Name { get; set; } = "";

    /// <summary><c>analyst</c> (reads everything) or <c>operator</c> (also runs scrapes, manages keys and locations).</summary>
    public string Role { get; set; } = Roles.Analyst;

    /// <summary>A PBKDF2 hash (<c>pbkdf2-sha256$iterations$salt$hash</c>, see <see cref="PasswordHashes"/>).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>A password given in clear by a secret store (the AppHost's secret parameter); hashed as it is loaded.</summary>
    public string? Password { get; set; }
}

public sealed class OidcOptions
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim that carries <c>analyst</c> or <c>operator</c>.</summary>
    public string RoleClaim { get; set; } = "role";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

public static class Roles
{
    public const string Analyst = "analyst";
    public const string Operator = "operator";

    public static bool IsKnown(string role) => role is Analyst or Operator;
}
