using CineRadar.Core.Operations;

namespace CineRadar.Core.Stores;

/// <summary>Alerts for the Admin: raising the same code for the same subject updates one alert.</summary>
public interface IAlertStore
{
    Task<Alert> RaiseAsync(string code, string subject, AlertSeverity severity, string message, CancellationToken cancellationToken = default);

    /// <summary>Resolves the alert when one is active; false when there is none.</summary>
    Task<bool> ResolveAsync(string code, string subject, CancellationToken cancellationToken = default);

    /// <summary>Active alerts first, newest first within each group.</summary>
    Task<IReadOnlyList<Alert>> ListAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>Who asked for what, through the Admin or the CLI.</summary>
public interface IAuditStore
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>The TIX token record (the original's <c>auth_tokens/tix_jwt</c>).</summary>
public interface ITokenStore
{
    Task<TixTokenRecord?> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(TixTokenRecord record, CancellationToken cancellationToken = default);
}

/// <summary>B2B API keys, kept by the hash of their secret.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key; a key whose id is already stored is refused with <see cref="InvalidOperationException"/>.</summary>
    Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default);

    Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes an active key; false when the key is unknown or already revoked.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task TouchAsync(string id, DateTimeOffset usedAt, CancellationToken cancellationToken = default);
}

/// <summary>A number that changes whenever published data changes, so readers can key their caches on it.</summary>
public interface IDataVersionStore
{
    Task<long> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Moves the version on and returns the new one.</summary>
    Task<long> BumpAsync(CancellationToken cancellationToken = default);
}
