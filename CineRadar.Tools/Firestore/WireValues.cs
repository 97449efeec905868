using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CineRadar.Tools.Firestore;

/// <summary>
/// The local server's own reading of Firestore <c>Value</c> JSON, written independently of the adapter's codec: strict
/// validation (as the wire contract CineRadar holds itself to: <c>integerValue</c> as a string, timestamps in UTC with
/// <c>Z</c>, no array directly in an array, no unknown names), Firestore's cross-type ordering, and field paths.
/// </summary>
internal static class WireValues
{
    private static readonly HashSet<string> Kinds =
    [
        "nullValue", "booleanValue", "integerValue", "doubleValue", "timestampValue", "stringValue", "bytesValue",
        "referenceValue", "geoPointValue", "arrayValue", "mapValue",
    ];

    public static void ValidateFields(JsonNode? fields, string at)
    {
        if (fields is null)
        {
            return;
        }

        if (fields is not JsonObject map)
        {
            throw LocalFirestoreError.InvalidArgument($"Invalid JSON payload received. Expected an object at '{at}'.");
        }

        foreach (var (name, value) in map)
        {
            if (name.Length == 0)
            {
                throw LocalFirestoreError.InvalidArgument($"Field name at '{at}' cannot be empty.");
            }

            Validate(value, $"{at}.{name}", insideArray: false);
        }
    }

    public static void Validate(JsonNode? node, string at, bool insideArray = false)
    {
        if (node is not JsonObject value || value.Count != 1)
        {
            throw LocalFirestoreError.InvalidArgument($"Invalid value at '{at}': a Value has exactly one of {string.Join(", ", Kinds)}.");
        }

        var (kind, content) = value.First();
        if (!Kinds.Contains(kind))
        {
            throw LocalFirestoreError.InvalidArgument($"Invalid JSON payload received. Unknown name \"{kind}\" at '{at}': Cannot find field.");
        }

        var ok = kind switch
        {
            "nullValue" => content is null || content.GetValueKind() == JsonValueKind.String,
            "booleanValue" => content?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "integerValue" => content?.GetValueKind() == JsonValueKind.String && long.TryParse(content.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "doubleValue" => content?.GetValueKind() == JsonValueKind.Number
                || (content?.GetValueKind() == JsonValueKind.String && content.GetValue<string>() is "NaN" or "Infinity" or "-Infinity"),
            "timestampValue" => content?.GetValueKind() == JsonValueKind.String && IsUtcTimestamp(content.GetValue<string>()),
            "stringValue" or "bytesValue" or "referenceValue" => content?.GetValueKind() == JsonValueKind.String,
            "geoPointValue" => content is JsonObject,
            "arrayValue" => !insideArray && ValidateArray(content, at),
            "mapValue" => ValidateMap(content, at),
            _ => false,
        };
        if (!ok)
        {
            throw LocalFirestoreError.InvalidArgument(kind == "arrayValue"
                ? $"Cannot convert an array value in an array value at '{at}'."
                : $"Invalid value for {kind} at '{at}': {content?.ToJsonString() ?? "null"}.");
        }
    }

    private static bool ValidateArray(JsonNode? content, string at)
    {
        if (content is not JsonObject array || array.Any(p => p.Key != "values") || array["values"] is not (null or JsonArray))
        {
            return false;
        }

        var index = 0;
        foreach (var item in array["values"] as JsonArray ?? [])
        {
            Validate(item, $"{at}[{index++}]", insideArray: true);
        }

        return true;
    }

    private static bool ValidateMap(JsonNode? content, string at)
    {
        if (content is not JsonObject map || map.Any(p => p.Key != "fields"))
        {
            return false;
        }

        ValidateFields(map["fields"], at);
        return true;
    }

    public static bool IsUtcTimestamp(string text) =>
        text.EndsWith('Z') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    /// <summary>Firestore's order across types: null, booleans, numbers, timestamps, strings, bytes, references, geo points, arrays, maps.</summary>
    public static int Compare(JsonObject left, JsonObject right)
    {
        var (leftKind, leftContent) = left.First();
        var (rightKind, rightContent) = right.First();
        var byType = Rank(leftKind).CompareTo(Rank(rightKind));
        if (byType != 0)
        {
            return byType;
        }

        return leftKind switch
        {
            "nullValue" => 0,
            "booleanValue" => leftContent!.GetValue<bool>().CompareTo(rightContent!.GetValue<bool>()),
            "integerValue" or "doubleValue" => Number(left).CompareTo(Number(right)),
            "timestampValue" => DateTimeOffset.Parse(leftContent!.GetValue<string>(), CultureInfo.InvariantCulture)
                .CompareTo(DateTimeOffset.Parse(rightContent!.GetValue<string>(), CultureInfo.InvariantCulture)),
            "stringValue" or "referenceValue" or "bytesValue" =>
                CompareUtf8(leftContent!.GetValue<string>(), rightContent!.GetValue<string>()),
            "arrayValue" => CompareArrays(leftContent?["values"] as JsonArray ?? [], rightContent?["values"] as JsonArray ?? []),
            // Maps and geo points are never ordered by CineRadar's queries; a stable order is enough here.
            _ => string.CompareOrdinal(leftContent?.ToJsonString(), rightContent?.ToJsonString()),
        };
    }

    public static bool SameTypeClass(JsonObject left, JsonObject right) => Rank(left.First().Key) == Rank(right.First().Key);

    private static int Rank(string kind) => kind switch
    {
        "nullValue" => 0,
        "booleanValue" => 1,
        "integerValue" or "doubleValue" => 2,
        "timestampValue" => 3,
        "stringValue" => 4,
        "bytesValue" => 5,
        "referenceValue" => 6,
        "geoPointValue" => 7,
        "arrayValue" => 8,
        _ => 9,
    };

    private static double Number(JsonObject value)
    {
        var (kind, content) = value.First();
        return kind == "integerValue"
            ? long.Parse(content!.GetValue<string>(), CultureInfo.InvariantCulture)
            : content!.GetValueKind() == JsonValueKind.Number ? content.GetValue<double>() : double.Parse(content.GetValue<string>(), CultureInfo.InvariantCulture);
    }

    private static int CompareUtf8(string left, string right) =>
        Encoding.UTF8.GetBytes(left).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(right));

    private static int CompareArrays(JsonArray left, JsonArray right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var byItem = Compare((JsonObject)left[i]!, (JsonObject)right[i]!);
            if (byItem != 0)
            {
                return byItem;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    /// <summary>Splits <c>a.b.`c d`</c> into its segments, honouring backtick quoting and its backslash escapes.</summary>
    public static IReadOnlyList<string> ParsePath(string fieldPath)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < fieldPath.Length; i++)
        {
            var c = fieldPath[i];
            if (quoted && c == '\\' && i + 1 < fieldPath.Length)
            {
                current.Append(fieldPath[++i]);
            }
            else if (c == '`')
            {
                quoted = !quoted;
            }
            else if (c == '.' && !quoted)
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        segments.Add(current.ToString());
        if (quoted || segments.Any(s => s.Length == 0))
        {
            throw LocalFirestoreError.InvalidArgument($"Invalid field path '{fieldPath}'.");
        }

        return segments;
    }

    /// <summary>The value at a field path of a document's fields, or null when absent.</summary>
    public static JsonObject? Get(JsonObject fields, IReadOnlyList<string> path)
    {
        JsonObject? current = fields;
        for (var i = 0; i < path.Count - 1; i++)
        {
            current = current?[path[i]]?["mapValue"]?["fields"] as JsonObject;
        }

        return current?[path[^1]] as JsonObject;
    }

    public static void Set(JsonObject fields, IReadOnlyList<string> path, JsonObject? value)
    {
        var current = fields;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (current[path[i]]?["mapValue"] is not JsonObject map)
            {
                if (value is null)
                {
                    return;
                }

                map = new JsonObject();
                current[path[i]] = new JsonObject { ["mapValue"] = map };
            }

            if (map["fields"] is not JsonObject next)
            {
                map["fields"] = next = new JsonObject();
            }

            current = next;
        }

        if (value is null)
        {
            current.Remove(path[^1]);
        }
        else
        {
            current[path[^1]] = value.DeepClone();
        }
    }
}
