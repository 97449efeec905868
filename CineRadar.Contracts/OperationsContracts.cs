namespace CineRadar.Contracts;

/// <summary>A B2B key as people see it: never its secret or hash.</summary>
public record ApiKeyDto(
    string Id,
    string Name,
    string Prefix,
    string Role,
    int RequestsPerMinute,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt);

/// <summary>A key just created, with its secret: shown this once.</summary>
public sealed record CreatedApiKey(ApiKeyDto Key, string Secret) : ApiKeyDto(Key);

public sealed record CreateApiKeyRequest(string? Name, int? RequestsPerMinute);

/// <summary>Something operators must see; <see cref="Severity"/> is one of <see cref="AlertSeverities"/>.</summary>
public sealed record AlertDto(
    string Id,
    string Code,
    string Subject,
    string Severity,
    string Message,
    DateTimeOffset FirstRaisedAt,
    DateTimeOffset LastRaisedAt,
    int Occurrences,
    DateTimeOffset? ResolvedAt,
    bool Active);

public sealed record AuditEntryDto(string Id, DateTimeOffset At, string User, string Role, string Action, string Target, string? Detail);

public sealed record LocationRequest(double? Latitude, double? Longitude);

/// <summary>A city TIX lists beyond CineRadar's table, as the scraper recorded it, with the operator's mapping once set.</summary>
public sealed record AddedCityDto(
    string Id,
    string Name,
    string RegionId,
    string Region,
    string TimeZone,
    bool Mapped,
    string? MappedBy,
    DateTimeOffset? MappedAt,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

/// <summary>Map a city TIX added: <c>region</c> one of the six regions (id or name), <c>timeZone</c> WIB, WITA or WIT.</summary>
public sealed record CityMappingRequest(string? Region, string? TimeZone);

/// <summary>
/// A sign-in to the Admin site, as the site saw it: who (the name typed, or the single sign-on's), whether it
/// succeeded and in which role, how (<c>password</c> or <c>sso</c>) and why it was refused. Never a password.
/// </summary>
public sealed record SignInRecord(string? User, bool? Succeeded, string? Role, string? Method, string? Reason);
