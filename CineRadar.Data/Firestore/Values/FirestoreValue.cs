using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CineRadar.Data.Firestore.Values;

/// <summary>
/// The one place that converts CLR values to Firestore's typed <c>Value</c> JSON and back. Written: null, string,
/// bool, int, long (as an <c>integerValue</c> string), double, <see cref="DateTimeOffset"/> (a UTC
/// <c>timestampValue</c>), <see cref="DateOnly"/> (a <c>yyyy-MM-dd</c> string), string-keyed maps and sequences.
/// Anything else, and an array directly inside an array, is refused before a request is made.
/// </summary>
internal static class FirestoreValue
{
    public static JsonObject Encode(object? value, string fieldPath) => Encode(value, fieldPath, insideArray: false);

    /// <summary>A document's or a map's <c>fields</c> object.</summary>
    public static JsonObject EncodeFields(IReadOnlyDictionary<string, object?> fields, string pathPrefix = "")
    {
        var encoded = new JsonObject();
        foreach (var (name, value) in fields)
        {
            var path = pathPrefix.Length == 0 ? name : $"{pathPrefix}.{name}";
            if (name.Length == 0)
            {
                throw new FirestoreValueException(path, "a field name cannot be empty");
            }

            encoded[name] = Encode(value, path, insideArray: false);
        }

        return encoded;
    }

    private static JsonObject Encode(object? value, string path, bool insideArray) => value switch
    {
        null => new JsonObject { ["nullValue"] = null },
        string text => new JsonObject { ["stringValue"] = text },
        bool flag => new JsonObject { ["booleanValue"] = flag },
        int number => Integer(number),
        long number => Integer(number),
        double number => Double(number),
        DateTimeOffset instant => new JsonObject { ["timestampValue"] = FirestoreTime.Format(instant) },
        DateOnly date => new JsonObject { ["stringValue"] = FirestoreTime.FormatDate(date) },
        IReadOnlyDictionary<string, object?> map => Map(EncodeFields(map, path)),
        IDictionary map => Map(EncodeFields(ToFields(map, path), path)),
        IEnumerable when insideArray =>
            throw new FirestoreValueException(path, "an array cannot hold another array (store rows as maps instead)"),
        IEnumerable items => new JsonObject { ["arrayValue"] = new JsonObject { ["values"] = EncodeItems(items, path) } },
        _ => throw new FirestoreValueException(path, $"a {value.GetType().Name} has no Firestore value type"),
    };

    private static JsonObject Map(JsonObject fields) => new() { ["mapValue"] = new JsonObject { ["fields"] = fields } };

    private static Dictionary<string, object?> ToFields(IDictionary map, string path)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            fields[entry.Key as string ?? throw new FirestoreValueException(path, "map keys must be strings")] = entry.Value;
        }

        return fields;
    }

    private static JsonArray EncodeItems(IEnumerable items, string path)
    {
        var values = new JsonArray();
        var index = 0;
        foreach (var item in items)
        {
            values.Add(Encode(item, $"{path}[{index++}]", insideArray: true));
        }

        return values;
    }

    private static JsonObject Integer(long number) => new() { ["integerValue"] = number.ToString(CultureInfo.InvariantCulture) };

    // Proto3 JSON writes the IEEE specials as strings.
    private static JsonObject Double(double number) => new()
    {
        ["doubleValue"] = double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity"),
    };

    /// <summary>
    /// A document's or a map's <c>fields</c> as CLR values: string, long, double, bool, <see cref="DateTimeOffset"/>,
    /// maps (<see cref="IReadOnlyDictionary{TKey,TValue}"/>), lists, null; bytes as <c>byte[]</c>, references as their
    /// name, geo points as a map of <c>latitude</c>/<c>longitude</c>.
    /// </summary>
    public static Dictionary<string, object?> DecodeFields(JsonObject? fields)
    {
        var decoded = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (fields is null)
        {
            return decoded;
        }

        foreach (var (name, value) in fields)
        {
            decoded[name] = Decode(value);
        }

        return decoded;
    }

    public static object? Decode(JsonNode? value)
    {
        if (value is not JsonObject typed || typed.Count == 0)
        {
            return null;
        }

        var (kind, content) = typed.First();
        return kind switch
        {
            "stringValue" => content?.GetValue<string>(),
            "booleanValue" => content?.GetValue<bool>(),
            "integerValue" => ReadInteger(content),
            "doubleValue" => ReadDouble(content),
            "timestampValue" => content is null ? null : FirestoreTime.Parse(content.GetValue<string>()),
            "mapValue" => DecodeFields(content?["fields"] as JsonObject),
            "arrayValue" => (content?["values"] as JsonArray ?? []).Select(Decode).ToList(),
            "bytesValue" => content is null ? null : Convert.FromBase64String(content.GetValue<string>()),
            "referenceValue" => content?.GetValue<string>(),
            "geoPointValue" => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["latitude"] = ReadDouble(content?["latitude"]) ?? 0,
                ["longitude"] = ReadDouble(content?["longitude"]) ?? 0,
            },
            _ => null,
        };
    }

    private static long? ReadInteger(JsonNode? content) => content?.GetValueKind() switch
    {
        JsonValueKind.String => long.Parse(content.GetValue<string>(), CultureInfo.InvariantCulture),
        JsonValueKind.Number => content.GetValue<long>(),
        _ => null,
    };

    private static double? ReadDouble(JsonNode? content) => content?.GetValueKind() switch
    {
        JsonValueKind.String => double.Parse(content.GetValue<string>(), CultureInfo.InvariantCulture),
        JsonValueKind.Number => content.GetValue<double>(),
        _ => null,
    };
}
