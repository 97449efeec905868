namespace CineRadar.Core.Operations;

public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}

/// <summary>
/// Something operators must see: a failed login, a failing city, sampling behind. Raising the same code for the same
/// subject again updates one alert instead of adding another.
/// </summary>
public sealed record Alert(
    string Id,
    string Code,
    string Subject,
    AlertSeverity Severity,
    string Message,
    DateTimeOffset FirstRaisedAt,
    DateTimeOffset LastRaisedAt,
    int Occurrences,
    DateTimeOffset? ResolvedAt)
{
    public bool IsActive => ResolvedAt is null;

    public static string IdFor(string code, string subject) => $"{code}:{subject}";
}

/// <summary>A command someone gave through the Admin or the CLI, for the audit trail.</summary>
public sealed record AuditEntry(string Id, DateTimeOffset At, string User, string Role, string Action, string Target, string? Detail);

/// <summary>
/// The TIX tokens the scraper uses. The phone number is stored masked; expiries are read from the JWTs themselves.
/// </summary>
public sealed record TixTokenRecord(
    string AccessToken,
    string RefreshToken,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RefreshExpiresAt,
    string PhoneMasked,
    DateTimeOffset StoredAt,
    DateTimeOffset? LastRefreshAt,
    DateTimeOffset? LastLoginAt);

/// <summary>A B2B API key. Only the hash of the secret is kept; the prefix lets people recognise their key.</summary>
public sealed record ApiKey(
    string Id,
    string Name,
    string Prefix,
    string SecretHash,
    string Role,
    int RequestsPerMinute,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public bool IsActive => RevokedAt is null;
}
