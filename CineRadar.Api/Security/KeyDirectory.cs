using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Security;

/// <summary>What a presented key turned out to be.</summary>
internal enum KeyStatus
{
    Valid,
    Unknown,
    Revoked,
}

/// <summary>
/// Resolves a presented secret to its caller: the service keys from configuration (compared in constant time), the B2B
/// keys from the store by the secret's hash. A B2B key found is kept in memory for a short while so that a read costs no
/// store access; revoking through this Api forgets it at once, other replicas within <see cref="ApiKeyOptions.LookupCacheDuration"/>.
/// </summary>
internal sealed class KeyDirectory
{
    private readonly IApiKeyStore _store;
    private readonly TimeProvider _clock;
    private readonly ApiKeyOptions _options;
    private readonly ILogger<KeyDirectory> _logger;
    private readonly (byte[] Hash, Resolved Caller)[] _services;
    private readonly ConcurrentDictionary<string, Known> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Known>.AlternateLookup<ReadOnlySpan<char>> _knownByChars;

    public KeyDirectory(IApiKeyStore store, TimeProvider clock, IOptions<ApiKeyOptions> options, ILogger<KeyDirectory> logger)
    {
        _store = store;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _knownByChars = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _services = _options.Services
            .Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .Select(s => (ApiKeySecrets.Digest(s.Value), Resolve(new Caller(
                $"service:{s.Key}", s.Key, s.Key == CallerKinds.AdminServiceName ? CallerKinds.AdminSite : CallerKinds.PublicSite, _options.ServiceRequestsPerMinute))))
            .ToArray();
    }

    /// <summary>A caller with its principal built once.</summary>
    public sealed record Resolved(KeyStatus Status, Caller? Caller, ClaimsPrincipal? Principal);

    private sealed record Known(ApiKey Key, Resolved Resolved, long FoundAt, long TouchedAt);

    public ValueTask<Resolved> FindAsync(string secret, CancellationToken cancellationToken)
    {
        // A read with a known key allocates nothing here: the digest and its hex stay on the stack.
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        ApiKeySecrets.Digest(secret, hash);
        foreach (var (serviceHash, caller) in _services)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, serviceHash))
            {
                return ValueTask.FromResult(caller);
            }
        }

        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        Convert.TryToHexStringLower(hash, hex, out _);
        if (_knownByChars.TryGetValue(hex, out var hexKey, out var known) && _clock.GetElapsedTime(known.FoundAt) < _options.LookupCacheDuration)
        {
            return TouchedAsync(hexKey, known, cancellationToken);
        }

        return LookUpAsync(new string(hex), cancellationToken);
    }

    private async ValueTask<Resolved> TouchedAsync(string hex, Known known, CancellationToken cancellationToken)
    {
        await TouchAsync(hex, known, cancellationToken);
        return known.Resolved;
    }

    private async ValueTask<Resolved> LookUpAsync(string hex, CancellationToken cancellationToken)
    {
        var key = await _store.FindBySecretHashAsync(hex, cancellationToken);
        if (key is null)
        {
            _known.TryRemove(hex, out _);
            return new Resolved(KeyStatus.Unknown, null, null);
        }

        var resolved = key.IsActive
            ? Resolve(new Caller(key.Id, key.Name, CallerKinds.B2b, key.RequestsPerMinute))
            : new Resolved(KeyStatus.Revoked, null, null);
        var now = _clock.GetTimestamp();
        var entry = new Known(key, resolved, now, 0);
        _known[hex] = entry;
        await TouchAsync(hex, entry, cancellationToken);
        return resolved;
    }

    /// <summary>Forgets a key, after it was revoked here.</summary>
    public void Forget(string keyId)
    {
        foreach (var (hash, known) in _known)
        {
            if (known.Key.Id == keyId)
            {
                _known.TryRemove(hash, out _);
            }
        }
    }

    private async ValueTask TouchAsync(string hash, Known known, CancellationToken cancellationToken)
    {
        if (!known.Key.IsActive || (known.TouchedAt != 0 && _clock.GetElapsedTime(known.TouchedAt) < _options.LastUsedResolution))
        {
            return;
        }

        _known.TryUpdate(hash, known with { TouchedAt = _clock.GetTimestamp() }, known);
        try
        {
            await _store.TouchAsync(known.Key.Id, _clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not record the last use of key {KeyId}", known.Key.Id);
        }
    }

    private static Resolved Resolve(Caller caller) => new(KeyStatus.Valid, caller, caller.ToPrincipal(ApiKeyAuthentication.SchemeName));
}
