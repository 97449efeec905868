namespace CineRadar.Data.Firestore.Client;

/// <summary>Read, decide, commit with a precondition on what was read; on a conflict, read and decide again.</summary>
internal static class Optimistic
{
    private const int MaxAttempts = 16;

    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (FirestoreConflictException) when (tries < MaxAttempts)
            {
                // Someone else wrote the document since it was read.
            }
        }
    }
}
