using System.Collections.Concurrent;
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
/// account after repeated failures. Failures are counted per name whether or not the name exists, so the answer never
/// tells which names are real.
/// </summary>
public sealed class AdminUserDirectory
{
    private readonly Dictionary<string, AdminUser> _users;
    private readonly AdminOptions _options;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _decoyHash = PasswordHashes.Hash(Guid.NewGuid().ToString());

    public AdminUserDirectory(IOptions<AdminOptions> options, TimeProvider clock, ILogger<AdminUserDirectory> logger)
    {
        _options = options.Value;
        _clock = clock;
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

    public (SignInResult Result, AdminUser? User) SignIn(string name, string password)
    {
        var key = name.Trim();
        var now = _clock.GetUtcNow();
        var failures = _failures.GetOrAdd(key, _ => new Failures());
        lock (failures)
        {
            failures.Forget(now - _options.LockoutWindow);
            if (failures.Count >= _options.MaxFailedSignIns)
            {
                return (SignInResult.LockedOut, null);
            }

            var user = _users.GetValueOrDefault(key);
            if (PasswordHashes.Verify(password, user?.PasswordHash ?? _decoyHash) && user is not null)
            {
                failures.Clear();
                return (SignInResult.Succeeded, user);
            }

            failures.Add(now);
            return (failures.Count >= _options.MaxFailedSignIns ? SignInResult.LockedOut : SignInResult.Failed, null);
        }
    }

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count => _times.Count;

        public void Add(DateTimeOffset at) => _times.Enqueue(at);

        public void Clear() => _times.Clear();

        public void Forget(DateTimeOffset before)
        {
            while (_times.TryPeek(out var at) && at < before)
            {
                _times.Dequeue();
            }
        }
    }
}
