using System.Text.Json.Serialization;
using Refit;

namespace CineRadar.Scraper.Geocoding;

/// <summary>OpenStreetMap Nominatim's search endpoint.</summary>
public interface INominatimApi
{
    [Get("/search")]
    Task<List<NominatimPlace>> SearchAsync(
        string q,
        CancellationToken cancellationToken,
        string format = "json",
        int limit = 1,
        string countrycodes = "id",
        int addressdetails = 1);
}

public sealed class NominatimPlace
{
    [JsonPropertyName("place_id")]
    public long? PlaceId { get; set; }

    [JsonPropertyName("lat")]
    public string? Lat { get; set; }

    [JsonPropertyName("lon")]
    public string? Lon { get; set; }

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("address")]
    public Dictionary<string, string>? Address { get; set; }
}
