using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary><c>leases/{name}</c>: <c>owner</c> and <c>lease_until</c>, taken over with a precondition on what was read.</summary>
internal sealed class FirestoreLeaseStore(FirestoreClient client, TimeProvider clock) : ILeaseStore
{
    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(name, "lease name");
        StoreGuards.Require(owner, "lease owner");
        var path = FirestoreLayout.Lease(name);
        return Optimistic.RunAsync(async () =>
        {
            var now = clock.GetUtcNow();
            var document = await client.GetAsync(path, cancellationToken);
            if (document is not null && document.Fields.String("owner") != owner && document.Fields.Instant("lease_until") > now)
            {
                return false;
            }

            var fields = new Dictionary<string, object?> { ["owner"] = owner, ["lease_until"] = now + duration };
            await client.CommitAsync([DocumentWrite.Set(path, fields).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        var path = FirestoreLayout.Lease(name);
        return Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is not null && document.Fields.String("owner") == owner)
            {
                await client.CommitAsync([DocumentWrite.Delete(path).IfUnchanged(document)], cancellationToken);
            }

            return true;
        });
    }
}
