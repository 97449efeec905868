using System.Text;
using System.Text.Json.Nodes;

namespace CineRadar.Data.Firestore.Values;

/// <summary>
/// A document's storage size by Firestore's published rules: the name (each collection and document id's UTF-8 length
/// plus one, plus 16), each field (its name's UTF-8 length plus one, plus its value), plus 32. Values: strings UTF-8
/// length plus one; integers, doubles and timestamps 8; booleans and null 1; geo points 16; bytes their length;
/// references their document name; maps and arrays the sum of their content.
/// </summary>
public static class DocumentSize
{
    /// <summary>Firestore's limit for one document.</summary>
    public const int MaxBytes = 1_048_576;

    /// <param name="path">The document's path below <c>documents/</c>, e.g. <c>theatres/123</c>.</param>
    /// <param name="fields">The document's encoded <c>fields</c>.</param>
    public static long Of(string path, JsonObject? fields) => NameSize(path) + FieldsSize(fields) + 32;

    public static long NameSize(string path) => path.Split('/').Sum(StringSize) + 16;

    /// <summary>What one field (or one entry of a map) adds to its document.</summary>
    public static long FieldSize(string name, JsonObject? value) => StringSize(name) + ValueSize(value);

    public static long StringSize(string text) => Encoding.UTF8.GetByteCount(text) + 1;

    private static long FieldsSize(JsonObject? fields) =>
        fields?.Sum(field => FieldSize(field.Key, field.Value as JsonObject)) ?? 0;

    private static long ValueSize(JsonObject? value)
    {
        if (value is null || value.Count == 0)
        {
            return 0;
        }

        var (kind, content) = value.First();
        return kind switch
        {
            "stringValue" => StringSize(content?.GetValue<string>() ?? ""),
            "integerValue" or "doubleValue" or "timestampValue" => 8,
            "booleanValue" or "nullValue" => 1,
            "geoPointValue" => 16,
            "bytesValue" => Convert.FromBase64String(content?.GetValue<string>() ?? "").Length,
            "referenceValue" => NameSize(ReferencePath(content?.GetValue<string>() ?? "")),
            "mapValue" => FieldsSize(content?["fields"] as JsonObject),
            "arrayValue" => (content?["values"] as JsonArray ?? []).Sum(item => ValueSize(item as JsonObject)),
            _ => 0,
        };
    }

    private static string ReferencePath(string name)
    {
        const string Marker = "/documents/";
        var at = name.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? name : name[(at + Marker.Length)..];
    }
}
