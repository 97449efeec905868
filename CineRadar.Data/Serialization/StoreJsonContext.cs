using System.Text.Json.Serialization;
using CineRadar.Core.Catalog;

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
[JsonSerializable(typeof(List<CityScrape>))]
[JsonSerializable(typeof(Movie))]
[JsonSerializable(typeof(TheatreSchedule))]
[JsonSerializable(typeof(List<TheatreSchedule>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
