using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>sign_in_failures/{name}</c>: <c>name</c> and <c>failures</c>, the times of the failures still in the window,
/// rewritten with a precondition on what was read so that replicas recording at once lose no failure.
/// </summary>
internal sealed class FirestoreSignInFailureStore(FirestoreClient client) : ISignInFailureStore
{
    public async Task<int> CountAsync(string name, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "sign-in name");
        var document = await client.GetAsync(FirestoreLayout.SignInFailure(name), cancellationToken);
        return Failures(document).Count(at => at >= FirestoreTime.Truncate(since));
    }

    public Task<int> RecordAsync(string name, DateTimeOffset at, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "sign-in name");
        var path = FirestoreLayout.SignInFailure(name);
        return Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            var failures = Failures(document).Where(t => t >= FirestoreTime.Truncate(since)).Append(FirestoreTime.Truncate(at)).ToList();
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = name, ["failures"] = failures };
            await client.CommitAsync([DocumentWrite.Set(path, fields).IfUnchanged(document)], cancellationToken);
            return failures.Count;
        });
    }

    public async Task ClearAsync(string name, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "sign-in name");
        await client.CommitAsync([DocumentWrite.Delete(FirestoreLayout.SignInFailure(name))], cancellationToken);
    }

    private static IEnumerable<DateTimeOffset> Failures(StoredDocument? document) =>
        (document?.Fields.Values.GetValueOrDefault("failures") as IEnumerable<object?> ?? []).OfType<DateTimeOffset>();
}
