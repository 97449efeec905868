using CineRadar.Core.Operations;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Security;

/// <summary>
/// Creates B2B keys: a new secret, stored hashed. The secret is returned once, to whoever asked; it is never stored or
/// logged. The Admin's "create key" command uses this, and so can a command line.
/// </summary>
public sealed class ApiKeyIssuer(IApiKeyStore keys, TimeProvider clock)
{
    public const string B2bRole = CallerKinds.B2b;

    public async Task<IssuedApiKey> CreateAsync(string name, int requestsPerMinute, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerMinute);
        var (key, secret) = ApiKeySecrets.Create(name, B2bRole, requestsPerMinute, createdBy, clock.GetUtcNow());
        await keys.CreateAsync(key, cancellationToken);
        return new IssuedApiKey(key, secret);
    }
}

/// <summary>A key just created, with the secret that is shown this once.</summary>
public sealed record IssuedApiKey(ApiKey Key, string Secret);
