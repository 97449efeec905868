using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary><c>meta/data_version</c>: a <c>version</c> integer moved on by a server-side increment, so bumps never collide.</summary>
internal sealed class FirestoreDataVersionStore(FirestoreClient client) : IDataVersionStore
{
    private const string VersionField = "version";

    public async Task<long> GetAsync(CancellationToken cancellationToken = default) =>
        (await client.GetAsync(FirestoreLayout.DataVersion, cancellationToken))?.Fields.Long(VersionField) ?? 0;

    public async Task<long> BumpAsync(CancellationToken cancellationToken = default)
    {
        var response = await client.CommitAsync([DocumentWrite.Increment(FirestoreLayout.DataVersion, VersionField, 1)], cancellationToken);
        var result = response.WriteResults is [{ TransformResults: [var incremented, ..] }, ..] ? incremented : null;
        return FirestoreValue.Decode(result) as long?
            ?? throw new FirestoreDataException("Firestore did not answer the incremented data version.");
    }
}
