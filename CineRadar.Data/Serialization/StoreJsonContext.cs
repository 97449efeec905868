using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CineRadar.Core.Catalog;
using CineRadar.Core.Seats;

namespace CineRadar.Data.Serialization;

/// <summary>
/// How both adapters write domain records as JSON (SQLite columns, staged run results). Read-only properties are
/// derived on construction (a room's parsed format, a theatre's chain), so they are never written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CityScrape))]
[JsonSerializable(typeof(Movie))]
[JsonSerializable(typeof(List<TheatreSchedule>))]
[JsonSerializable(typeof(DailySnapshot))]
[JsonSerializable(typeof(List<SeatRow>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;

internal static class StoreJson
{
    public static string Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    public static T Read<T>(string json, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new JsonException($"Stored {typeof(T).Name} is JSON null.");
}
