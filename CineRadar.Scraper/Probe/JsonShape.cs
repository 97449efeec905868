using System.Text.Json;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// The key paths of a JSON answer (<c>data.theaters[].price_groups[].show_time[].display_time</c>): what it holds, never
/// its values. Arrays are read through their first items, which is enough to see every key an item can carry.
/// </summary>
internal static class JsonShape
{
    private const int MaxDepth = 8;
    private const int ItemsRead = 25;

    /// <summary>The answer's key paths, or null when it is not JSON.</summary>
    public static IReadOnlyList<string>? Of(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            Walk(document.RootElement, "", keys, 0);
            return keys.ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The number values under <paramref name="key"/> anywhere in the answer, counted by value.</summary>
    public static void CountNumbers(JsonElement element, string key, IDictionary<string, int> counts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(key) && property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
                    {
                        var value = property.Value.ToString();
                        counts[value] = counts.TryGetValue(value, out var n) ? n + 1 : 1;
                    }
                    else
                    {
                        CountNumbers(property.Value, key, counts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CountNumbers(item, key, counts);
                }

                break;
        }
    }

    private static void Walk(JsonElement element, string path, SortedSet<string> keys, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    keys.Add(child);
                    Walk(property.Value, child, keys, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().Take(ItemsRead))
                {
                    Walk(item, path + "[]", keys, depth + 1);
                }

                break;
        }
    }
}
