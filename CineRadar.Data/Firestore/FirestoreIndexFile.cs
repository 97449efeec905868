using System.Text.Json;
using System.Text.Json.Nodes;

namespace CineRadar.Data.Firestore;

/// <summary>A field of a composite index, in its order.</summary>
public sealed record FirestoreIndexedField(string FieldPath, bool Descending);

/// <summary>A composite index of a collection group (<c>COLLECTION</c> or <c>COLLECTION_GROUP</c> scope).</summary>
public sealed record FirestoreCompositeIndex(string CollectionGroup, string QueryScope, IReadOnlyList<FirestoreIndexedField> Fields);

/// <summary>A field exempted from Firestore's automatic single-field indexes.</summary>
public sealed record FirestoreExemptField(string CollectionGroup, string FieldPath);

/// <summary>
/// A <c>firestore.indexes.json</c> (the Firebase CLI's format, the file this repository ships) as CineRadar reads it:
/// composite indexes of two fields or more with an ascending or descending order each, and field overrides that exempt
/// a field (<c>"indexes": []</c>). Anything else is refused, so what is deployed is what is tested.
/// </summary>
public sealed record FirestoreIndexFile(IReadOnlyList<FirestoreCompositeIndex> Indexes, IReadOnlyList<FirestoreExemptField> Exemptions)
{
    public const string CollectionScope = "COLLECTION";

    /// <exception cref="FormatException">The text is not a <c>firestore.indexes.json</c> CineRadar can deploy.</exception>
    public static FirestoreIndexFile Parse(string json)
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
                : new FirestoreCompositeIndex(Text(index, "collectionGroup"), index["queryScope"]?.GetValue<string>() ?? CollectionScope, fields);
        }).ToList();

        var exemptions = (file["fieldOverrides"] as JsonArray ?? []).Select(node =>
        {
            var fieldOverride = node as JsonObject ?? throw new FormatException("An entry of \"fieldOverrides\" is not an object.");
            return fieldOverride["indexes"] is JsonArray { Count: 0 }
                ? new FirestoreExemptField(Text(fieldOverride, "collectionGroup"), Text(fieldOverride, "fieldPath"))
                : throw new FormatException(
                    $"The override of {Text(fieldOverride, "collectionGroup")}.{Text(fieldOverride, "fieldPath")} is not an exemption (\"indexes\": []), the only override CineRadar deploys.");
        }).ToList();
        return new FirestoreIndexFile(indexes, exemptions);
    }

    private static FirestoreIndexedField Field(JsonNode? field)
    {
        var path = Text(field, "fieldPath");
        var order = field?["order"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return order is "ASCENDING" or "DESCENDING"
            ? new FirestoreIndexedField(path, order == "DESCENDING")
            : throw new FormatException($"Index field {path} needs \"order\" ASCENDING or DESCENDING (CineRadar deploys no array indexes).");
    }

    private static string Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new FormatException($"An index entry has no \"{property}\".");
}
