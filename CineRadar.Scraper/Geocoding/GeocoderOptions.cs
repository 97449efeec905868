namespace CineRadar.Scraper.Geocoding;

/// <summary>The theatre geocoder, bound from <c>Geocoder</c>: any host that speaks Nominatim's search API.</summary>
public sealed class GeocoderOptions
{
    public const string SectionName = "Geocoder";

    public bool Enabled { get; set; } = true;

    /// <summary>Nominatim's base address; the search path is <c>search</c> below it.</summary>
    public Uri BaseUrl { get; set; } = new("https://nominatim.openstreetmap.org/");

    /// <summary>Nominatim's usage policy allows one request per second.</summary>
    public double RequestsPerSecond { get; set; } = 1;

    /// <summary>How often theatres without coordinates are looked for.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Nominatim requires an identifying user agent.</summary>
    public string UserAgent { get; set; } = "CineRadar/1.0 (Indonesian cinema market intelligence)";
}
