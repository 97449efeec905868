using Microsoft.Extensions.Options;

namespace CineRadar.Admin.Auth;

/// <summary>A person who may sign in.</summary>
public sealed record AdminUser(string Name, string Role, string PasswordHash);

/// <summary>The outcome of a sign-in attempt.</summary>
public enum SignInResult
{
    Succeeded,
    Failed,

    /// <summary>Too many failed attempts: no password is checked until the lockout ends.</summary>
    LockedOut,
}

/// <summary>
/// Checks names and passwords against the configured users (passwords hashed as they are loaded), and locks an
/// account after repeated failures, counted by <see cref="ISignInFailures"/> (in the store, shared by every replica of
/// the site). Failures are counted per name whether or not the name exists, so the answer never tells which names are
/// real; attempts on one name are checked one at a time in each replica.
/// </summary>
public sealed class AdminUserDirectory
{
    /// <summary>The longest name counted as typed; a longer one is counted by its start (no real user's name is that long).</summary>
    public const int MaxCountedNameLength = 100;

    private readonly Dictionary<string, AdminUser> _users;
    private readonly AdminOptions _options;
    private readonly ISignInFailures _failures;
    // Attempts on one name wait for each other; names share a fixed set of gates, so made-up names cost no memory.
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly string _decoyHash = PasswordHashes.Hash(Guid.NewGuid().ToString());

    public AdminUserDirectory(IOptions<AdminOptions> options, ISignInFailures failures, ILogger<AdminUserDirectory> logger)
    {
        _options = options.Value;
        _failures = failures;
        _users = new Dictionary<string, AdminUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in _options.Users.Where(u => !string.IsNullOrWhiteSpace(u.Name)))
        {
            var hash = user.PasswordHash ?? (string.IsNullOrEmpty(user.Password) ? null : PasswordHashes.Hash(user.Password));
            if (hash is null || !Roles.IsKnown(user.Role))
            {
                logger.LogWarning("Admin user {User} is left out: it needs a password and the role analyst or operator", user.Name);
                continue;
            }

            _users[user.Name.Trim()] = new AdminUser(user.Name.Trim(), user.Role, hash);
        }
    }

    public int Count => _users.Count;

    public async Task<(SignInResult Result, AdminUser? User)> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var typed = name.Trim();
        var counted = typed.ToLowerInvariant();
        counted = counted.Length <= MaxCountedNameLength ? counted : counted[..MaxCountedNameLength];
        var window = _options.LockoutWindow;
        var attempt = _gates[(uint)StringComparer.Ordinal.GetHashCode(counted) % (uint)_gates.Length];
        await attempt.WaitAsync(cancellationToken);
        try
        {
            if (await _failures.CountAsync(counted, window, cancellationToken) >= _options.MaxFailedSignIns)
            {
                return (SignInResult.LockedOut, null);
            }

            var user = _users.GetValueOrDefault(typed);
            if (PasswordHashes.Verify(password, user?.PasswordHash ?? _decoyHash) && user is not null)
            {
                await _failures.ClearAsync(counted, cancellationToken);
                return (SignInResult.Succeeded, user);
            }

            var failures = await _failures.RecordAsync(counted, window, cancellationToken);
            return (failures >= _options.MaxFailedSignIns ? SignInResult.LockedOut : SignInResult.Failed, null);
        }
        finally
        {
            attempt.Release();
        }
    }
}
