using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// A Data Protection key ring in one collection, a document per key: <c>{collection}/{friendlyName}</c> with
/// <c>friendly_name</c> and <c>xml</c> (the Admin site's in <c>data_protection_keys</c>, the webhook secrets' in
/// <c>webhook_key_ring</c>). A key is added about every 90 days, so a collection stays small enough to list whole.
/// </summary>
internal sealed class FirestoreDataProtectionKeyStore(FirestoreClient client, string collection) : IDataProtectionKeyStore
{
    public async Task<IReadOnlyList<DataProtectionKeyRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        (await client.ListAsync(collection, cancellationToken))
            .Select(d => new DataProtectionKeyRecord(d.Fields.Required("friendly_name"), d.Fields.Required("xml")))
            .OrderBy(k => k.FriendlyName, StringComparer.Ordinal)
            .ToList();

    public async Task AddAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(key.FriendlyName, "key friendly name");
        StoreGuards.Require(key.Xml, "key XML");
        await client.CommitAsync(
            [
                DocumentWrite.Set(FirestoreLayout.KeyRingKey(collection, key.FriendlyName), new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["friendly_name"] = key.FriendlyName,
                    ["xml"] = key.Xml,
                }),
            ],
            cancellationToken);
    }
}
