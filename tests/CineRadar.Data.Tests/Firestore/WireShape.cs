using System.Text.Json;
using System.Text.Json.Nodes;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// Holds JSON against the hand-written samples of Google's REST reference (<c>WireSamples/</c>): every key of the
/// message must appear at the same place in the sample, with the same JSON kind. Where the sample has several shapes
/// (the elements of an array, the values of a <c>fields</c> map), a part may match any of them.
/// </summary>
internal static class WireShape
{
    private static readonly string[] TimeKeys = ["timestampValue", "updateTime", "createTime", "readTime", "commitTime"];

    public static JsonNode Sample(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WireSamples", file)))!;

    /// <summary>Null when <paramref name="actual"/> has the shape of one of the samples, otherwise where it differs.</summary>
    public static string? Mismatch(JsonNode? actual, params JsonNode[] samples)
    {
        // Values nest (maps of arrays of maps...) deeper than any sample: a value anywhere may match any sample value.
        var values = samples.SelectMany(s => SampleValues(s)).ToList();
        return Mismatch(actual, samples, "$", values);
    }

    /// <summary>Breaks of the wire rules: integers as strings, UTC times with Z, no array directly in an array.</summary>
    public static IEnumerable<string> RuleBreaks(JsonNode? node, string path = "$", bool parentIsArrayValue = false)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json)
                {
                    var at = $"{path}.{key}";
                    if (key == "integerValue" && value?.GetValueKind() != JsonValueKind.String)
                    {
                        yield return $"{at} is not a JSON string";
                    }

                    if (TimeKeys.Contains(key) && value?.GetValueKind() == JsonValueKind.String && !value.GetValue<string>().EndsWith('Z'))
                    {
                        yield return $"{at} is not UTC with Z";
                    }

                    if (key == "arrayValue" && parentIsArrayValue)
                    {
                        yield return $"{at} is an array directly inside an array";
                    }

                    foreach (var inner in RuleBreaks(value, at, key == "arrayValue" || (parentIsArrayValue && key == "values")))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in RuleBreaks(array[i], $"{path}[{i}]", parentIsArrayValue))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string? Mismatch(JsonNode? actual, IReadOnlyList<JsonNode?> samples, string path, IReadOnlyList<JsonNode?> values) => actual switch
    {
        JsonObject json => json.Select(p =>
        {
            var at = $"{path}.{p.Key}";
            if (IsValueMap(p.Key, p.Value))
            {
                return p.Value!.AsObject().Select(f => Mismatch(f.Value, values, $"{at}.{f.Key}", values)).FirstOrDefault(m => m is not null);
            }

            if (IsValueList(path, p.Key, p.Value))
            {
                return p.Value!.AsArray().Select((v, i) => Mismatch(v, values, $"{at}[{i}]", values)).FirstOrDefault(m => m is not null);
            }

            if (IsValue(path, p.Key))
            {
                return Mismatch(p.Value, values, at, values);
            }

            var candidates = samples.OfType<JsonObject>().Where(s => s.ContainsKey(p.Key)).Select(s => s[p.Key]).ToList();
            return candidates.Count == 0 ? $"{at} (not in the sample)" : Mismatch(p.Value, candidates, at, values);
        }).FirstOrDefault(m => m is not null),
        JsonArray array => Elements(array, samples.OfType<JsonArray>().SelectMany(a => a).ToList(), path, values),
        null => samples.Any(s => s is null) ? null : $"{path} (null)",
        _ => samples.Any(s => s is not (JsonObject or JsonArray) && SameKind(s?.GetValueKind(), actual.GetValueKind())) ? null : $"{path} ({actual.GetValueKind()})",
    };

    private static string? Elements(JsonArray array, IReadOnlyList<JsonNode?> candidates, string path, IReadOnlyList<JsonNode?> values)
    {
        if (array.Count > 0 && candidates.Count == 0)
        {
            return $"{path}[0] (the sample's array is empty)";
        }

        return array.Select((item, i) => Mismatch(item, candidates, $"{path}[{i}]", values)).FirstOrDefault(m => m is not null);
    }

    // A document's or a map value's fields: free names, each a Value.
    private static bool IsValueMap(string key, JsonNode? node) => key == "fields" && node is JsonObject;

    // An array value's items, or a commit's transform results: each a Value.
    private static bool IsValueList(string path, string key, JsonNode? node) =>
        ((key == "values" && path.EndsWith(".arrayValue", StringComparison.Ordinal)) || key == "transformResults") && node is JsonArray;

    // A filter's operand or an increment: a Value.
    private static bool IsValue(string path, string key) =>
        (key == "value" && path.EndsWith(".fieldFilter", StringComparison.Ordinal)) || key == "increment";

    private static IEnumerable<JsonNode?> SampleValues(JsonNode? node, string path = "$") => node switch
    {
        JsonObject json => json.SelectMany(p =>
        {
            var inner = SampleValues(p.Value, $"{path}.{p.Key}");
            return IsValueMap(p.Key, p.Value) ? p.Value!.AsObject().Select(f => f.Value).Concat(inner)
                : IsValueList(path, p.Key, p.Value) ? p.Value!.AsArray().Concat(inner)
                : IsValue(path, p.Key) ? inner.Prepend(p.Value)
                : inner;
        }),
        JsonArray array => array.SelectMany((item, i) => SampleValues(item, $"{path}[{i}]")),
        _ => [],
    };

    private static bool SameKind(JsonValueKind? sample, JsonValueKind actual) =>
        sample == actual || (sample is JsonValueKind.True or JsonValueKind.False && actual is JsonValueKind.True or JsonValueKind.False);
}
