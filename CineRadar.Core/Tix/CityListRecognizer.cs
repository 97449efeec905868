using System.Text.Json;
using CineRadar.Core.Reference;

namespace CineRadar.Core.Tix;

/// <summary>A city list found in an answer of the app, and the keys its items use.</summary>
public sealed record RecognizedCityList(IReadOnlyList<TixCity> Cities, string IdKey, string NameKey, int KnownNames);

/// <summary>
/// Finds the city list in any JSON answer by its content, not by its path or key names (which the reference does not
/// record): an array of objects where one field holds names of cities in CineRadar's table and another an id that is
/// distinct per item (the one matching the table's ids wins, then a key that says "id").
/// </summary>
internal static class CityListRecognizer
{
    /// <summary>Fewer names of known cities than this is not a city list (a movie titled like a city is not one).</summary>
    public const int MinimumKnownNames = 3;

    public static RecognizedCityList? Find(JsonElement root)
    {
        RecognizedCityList? best = null;
        foreach (var array in Arrays(root))
        {
            if (Recognize(array) is { } found && found.KnownNames > (best?.KnownNames ?? 0))
            {
                best = found;
            }
        }

        return best;
    }

    private static IEnumerable<JsonElement> Arrays(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            yield return element;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Arrays(item))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Arrays(property.Value))
                {
                    yield return inner;
                }
            }
        }
    }

    private static RecognizedCityList? Recognize(JsonElement array)
    {
        var items = array.EnumerateArray()
            .Where(i => i.ValueKind == JsonValueKind.Object)
            .Select(Scalars)
            .ToList();
        if (items.Count < MinimumKnownNames)
        {
            return null;
        }

        var keys = items.SelectMany(i => i.Keys).Distinct(StringComparer.Ordinal).ToList();
        var (nameKey, knownNames) = keys
            .Select(k => (Key: k, Known: items.Count(i => i.TryGetValue(k, out var v) && Cities.FindByName(v) is not null)))
            .MaxBy(k => k.Known);
        if (knownNames < MinimumKnownNames)
        {
            return null;
        }

        var idKey = keys
            .Where(k => k != nameKey && IsDistinctPerItem(items, k))
            .Select(k => (Key: k, TableIds: items.Count(i => i.TryGetValue(k, out var v) && Cities.FindById(v) is not null), SaysId: k.Contains("id", StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(k => k.TableIds)
            .ThenByDescending(k => k.SaysId)
            .Select(k => k.Key)
            .FirstOrDefault();
        if (idKey is null)
        {
            return null;
        }

        var cities = items
            .Where(i => i.ContainsKey(idKey) && i.TryGetValue(nameKey, out var name) && name.Length > 0)
            .Select(i => new TixCity(i[idKey], i[nameKey].Trim()))
            .ToList();
        return new RecognizedCityList(cities, idKey, nameKey, knownNames);
    }

    /// <summary>An item's string and number fields as text (numbers as written: 19-digit ids stay exact).</summary>
    private static Dictionary<string, string> Scalars(JsonElement item)
    {
        var scalars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                scalars[property.Name] = text;
            }
        }

        return scalars;
    }

    private static bool IsDistinctPerItem(List<Dictionary<string, string>> items, string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var present = 0;
        foreach (var item in items)
        {
            if (item.TryGetValue(key, out var value))
            {
                present++;
                if (!seen.Add(value))
                {
                    return false;
                }
            }
        }

        return present * 2 > items.Count;
    }
}
