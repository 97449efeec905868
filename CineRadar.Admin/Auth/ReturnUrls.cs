namespace CineRadar.Admin.Auth;

public static class ReturnUrls
{
    /// <summary>The return address when it stays on this site, else the overview: no open redirects.</summary>
    public static string Local(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
