using System.Text.Json;
using CineRadar.Core.Catalog;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;
using CineRadar.Data.Serialization;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// A run's staged city results: <c>scraper_runs/{runId}/staged/{key}_{date}</c> holding the <see cref="CityScrape"/>
/// as JSON text (<see cref="StoreJsonContext"/>), continued in <c>…_part1</c>, <c>…_part2</c> when it is too long for one
/// document.
/// </summary>
internal static class StagedDocuments
{
    // At most 3 UTF-8 bytes per UTF-16 char (a surrogate pair is 4 bytes for 2 chars): a part stays well under 1 MiB.
    private const int MaxPartChars = 300_000;

    public static IEnumerable<DocumentWrite> Write(string runId, string key, CityScrape scrape)
    {
        var parts = Split(JsonSerializer.Serialize(scrape, StoreJsonContext.Default.CityScrape));
        return parts.Select((json, part) => DocumentWrite.Set(
            FirestoreLayout.RunStagedPart(runId, key, scrape.Date, part),
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["run_id"] = runId,
                ["key"] = key,
                ["date"] = scrape.Date,
                ["part"] = part,
                ["parts"] = parts.Count,
                ["json"] = json,
            }));
    }

    public static IReadOnlyList<CityScrape> Read(IEnumerable<StoredDocument> documents) =>
        documents
            .GroupBy(d => (Key: d.Fields.Required("key"), Date: d.Fields.RequiredDate("date")))
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Date)
            .Select(g =>
            {
                var parts = g.OrderBy(d => d.Fields.Int("part")).ToList();
                var expected = parts[0].Fields.Int("parts");
                if (parts.Count != expected)
                {
                    throw new FirestoreDataException($"Staged result {g.Key.Key} {g.Key.Date:yyyy-MM-dd} has {parts.Count} of its {expected} parts.");
                }

                var json = string.Concat(parts.Select(d => d.Fields.String("json")));
                return JsonSerializer.Deserialize(json, StoreJsonContext.Default.CityScrape)
                    ?? throw new FirestoreDataException($"Staged result {g.Key.Key} {g.Key.Date:yyyy-MM-dd} is empty.");
            })
            .ToList();

    private static List<string> Split(string json)
    {
        var parts = new List<string>();
        for (var start = 0; start < json.Length;)
        {
            var length = Math.Min(MaxPartChars, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            parts.Add(json.Substring(start, length));
            start += length;
        }

        return parts;
    }
}
