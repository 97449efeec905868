namespace CineRadar.Core.Stores;

/// <summary>
/// Failed sign-ins to the Admin site per name, counted in a sliding window and shared by every replica of the site, so
/// that an account locks after the same number of failures however they are spread over replicas.
/// </summary>
public interface ISignInFailureStore
{
    /// <summary>How many failures of <paramref name="name"/> happened at or after <paramref name="since"/>.</summary>
    Task<int> CountAsync(string name, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failure of <paramref name="name"/> at <paramref name="at"/>, forgets its failures before
    /// <paramref name="since"/>, and returns how many remain, this one included.
    /// </summary>
    Task<int> RecordAsync(string name, DateTimeOffset at, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Forgets every failure of <paramref name="name"/> (it signed in).</summary>
    Task ClearAsync(string name, CancellationToken cancellationToken = default);
}
