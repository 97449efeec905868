namespace CineRadar.Contracts;

/// <summary>
/// The person signed in to the Admin site, named by the site on each Api call it makes with its service key, and read
/// by the Api only from that key's calls.
/// </summary>
public static class IdentityHeaders
{
    public const string User = "X-CineRadar-User";

    /// <summary><c>analyst</c> or <c>operator</c>.</summary>
    public const string Role = "X-CineRadar-Role";
}
