using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>data_protection_keys/{friendlyName}</c>: <c>friendly_name</c> and <c>xml</c>. The Admin site adds a key about every
/// 90 days, so the collection stays small enough to list whole.
/// </summary>
internal sealed class FirestoreDataProtectionKeyStore(FirestoreClient client) : IDataProtectionKeyStore
{
    public async Task<IReadOnlyList<DataProtectionKeyRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        (await client.ListAsync(FirestoreLayout.DataProtectionKeys, cancellationToken))
            .Select(d => new DataProtectionKeyRecord(d.Fields.Required("friendly_name"), d.Fields.Required("xml")))
            .OrderBy(k => k.FriendlyName, StringComparer.Ordinal)
            .ToList();

    public async Task AddAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(key.FriendlyName, "key friendly name");
        StoreGuards.Require(key.Xml, "key XML");
        await client.CommitAsync(
            [
                DocumentWrite.Set(FirestoreLayout.DataProtectionKey(key.FriendlyName), new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["friendly_name"] = key.FriendlyName,
                    ["xml"] = key.Xml,
                }),
            ],
            cancellationToken);
    }
}
