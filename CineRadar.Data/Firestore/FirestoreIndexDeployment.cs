using System.Text.Json;
using System.Text.Json.Nodes;
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
        var (indexes, exemptions) = Parse(indexesJson);
        foreach (var (group, index) in indexes)
        {
            var fields = string.Join(", ", index.Fields.Select(f => $"{f.FieldPath} {f.Order}"));
            var created = await client.CreateIndexAsync(group, index, cancellationToken);
            await report($"{group} ({fields}): {(created ? "created (Firestore builds it now)" : "exists")}");
        }

        foreach (var (group, field) in exemptions)
        {
            await client.ExemptFieldAsync(group, field, cancellationToken);
            await report($"{group}.{field}: exempt from single-field indexes");
        }
    }

    private static (List<(string Group, FirestoreIndex Index)> Indexes, List<(string Group, string Field)> Exemptions) Parse(string json)
    {
        JsonObject file;
        try
        {
            file = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("The indexes file is empty.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException($"The indexes file is not a JSON object: {ex.Message}", ex);
        }

        var indexes = (file["indexes"] as JsonArray ?? []).Select(node =>
        {
            var index = node as JsonObject ?? throw new FormatException("An entry of \"indexes\" is not an object.");
            var fields = (index["fields"] as JsonArray ?? []).Select(Field).ToList();
            return fields.Count < 2
                ? throw new FormatException($"The index on {Text(index, "collectionGroup")} has fewer than two fields: Firestore indexes single fields by itself.")
                : (Text(index, "collectionGroup"), new FirestoreIndex(index["queryScope"]?.GetValue<string>() ?? "COLLECTION", fields));
        }).ToList();

        var exemptions = (file["fieldOverrides"] as JsonArray ?? []).Select(node =>
        {
            var fieldOverride = node as JsonObject ?? throw new FormatException("An entry of \"fieldOverrides\" is not an object.");
            return fieldOverride["indexes"] is JsonArray { Count: 0 }
                ? (Text(fieldOverride, "collectionGroup"), Text(fieldOverride, "fieldPath"))
                : throw new FormatException(
                    $"The override of {Text(fieldOverride, "collectionGroup")}.{Text(fieldOverride, "fieldPath")} is not an exemption (\"indexes\": []), the only override CineRadar deploys.");
        }).ToList();
        return (indexes, exemptions);
    }

    private static FirestoreIndexField Field(JsonNode? field)
    {
        var path = Text(field, "fieldPath");
        var order = field?["order"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return order is "ASCENDING" or "DESCENDING"
            ? new FirestoreIndexField(path, order)
            : throw new FormatException($"Index field {path} needs \"order\" ASCENDING or DESCENDING (CineRadar deploys no array indexes).");
    }

    private static string Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new FormatException($"An index entry has no \"{property}\".");
}
