namespace CineRadar.Admin.Auth;

/// <summary>Failed sign-ins per name within a sliding window: what the lockout counts.</summary>
public interface ISignInFailures
{
    Task<int> CountAsync(string name, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Records a failure now; answers how many the name has within the window, this one included.</summary>
    Task<int> RecordAsync(string name, TimeSpan window, CancellationToken cancellationToken);

    Task ClearAsync(string name, CancellationToken cancellationToken);
}
