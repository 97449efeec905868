using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Rest;

namespace CineRadar.Data.Firestore;

/// <summary>
/// Creates the indexes of a <c>firestore.indexes.json</c> (the Firebase CLI's format, the file this repository ships)
/// in the configured database through Firestore's admin REST API: every composite index (one that exists already is
/// left as it is) and every field override that exempts a field from automatic indexing. Index builds run on Google's
/// side after the calls answer; queries that need an index fail until its build is done.
/// </summary>
public sealed class FirestoreIndexDeployment
{
    private readonly FirestoreClient client;

    internal FirestoreIndexDeployment(FirestoreClient client) => this.client = client;

    /// <summary>Deploys the file's indexes, reporting one line per index or override as it goes.</summary>
    /// <exception cref="FormatException">The file is not a <c>firestore.indexes.json</c> CineRadar can deploy.</exception>
    public async Task DeployAsync(string indexesJson, Func<string, Task> report, CancellationToken cancellationToken)
    {
        var file = FirestoreIndexFile.Parse(indexesJson);
        foreach (var index in file.Indexes)
        {
            var wire = new FirestoreIndex(index.QueryScope, index.Fields.Select(f => new FirestoreIndexField(f.FieldPath, f.Descending ? "DESCENDING" : "ASCENDING")).ToList());
            var fields = string.Join(", ", wire.Fields.Select(f => $"{f.FieldPath} {f.Order}"));
            var created = await client.CreateIndexAsync(index.CollectionGroup, wire, cancellationToken);
            await report($"{index.CollectionGroup} ({fields}): {(created ? "created (Firestore builds it now)" : "exists")}");
        }

        foreach (var exemption in file.Exemptions)
        {
            await client.ExemptFieldAsync(exemption.CollectionGroup, exemption.FieldPath, cancellationToken);
            await report($"{exemption.CollectionGroup}.{exemption.FieldPath}: exempt from single-field indexes");
        }
    }
}
