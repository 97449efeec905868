using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using CineRadar.TixSandbox.Faults;
using CineRadar.TixSandbox.Geocoding;
using CineRadar.TixSandbox.Hosting;
using CineRadar.TixSandbox.Payloads;

namespace CineRadar.TixSandbox.Api;

/// <summary>
/// <c>GET /nominatim/search?q=…&amp;format=json&amp;limit=1&amp;countrycodes=id</c>, speaking the OpenStreetMap
/// Nominatim search API. Its 1 request/s usage policy is enforced loosely per client (429 when much faster).
/// </summary>
internal static class GeocoderApi
{
    private const string Licence = "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright";

    public static void MapGeocoderApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/nominatim/search", Search).OnOrigin(SandboxOrigin.Api).InFaultGroup(EndpointGroup.Geocoder);

    private static JsonPayload Search(string? q, HttpContext context, Geocoder geocoder, GeocoderPolicy policy)
    {
        if (!policy.Admit(context.Connection.RemoteIpAddress ?? IPAddress.None, out var wait))
        {
            context.Response.Headers.RetryAfter = TokenBucket.RetryAfterHeader(wait);
            return ApiErrors.Error(StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests, "usage policy: at most 1 request per second");
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return ApiErrors.BadRequest("Nothing to search for.");
        }

        var place = geocoder.Search(q);
        return JsonPayload.Write(writer =>
        {
            writer.WriteStartArray();
            if (place is not null)
            {
                writer.WriteStartObject();
                writer.WriteNumber("place_id", place.PlaceId);
                writer.WriteString("licence", Licence);
                writer.WriteString("lat", place.Latitude.ToString("0.0000000", CultureInfo.InvariantCulture));
                writer.WriteString("lon", place.Longitude.ToString("0.0000000", CultureInfo.InvariantCulture));
                writer.WriteString("class", place.Class);
                writer.WriteString("type", place.Type);
                writer.WriteString("name", place.Name);
                writer.WriteString("display_name", place.DisplayName);
                writer.WriteStartObject("address");
                writer.WriteString(place.Class == "amenity" ? "amenity" : "city", place.Name);
                if (place.Road is not null)
                {
                    writer.WriteString("road", place.Road);
                }

                writer.WriteString("city", place.City);
                writer.WriteString("state", place.State);
                writer.WriteString("country", "Indonesia");
                writer.WriteString("country_code", "id");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }
}

/// <summary>Nominatim's usage policy: a token bucket per client address on the unscaled clock.</summary>
internal sealed class GeocoderPolicy(SandboxGeocoderOptions options, SandboxClock clock)
{
    private readonly ConcurrentDictionary<IPAddress, TokenBucket> _buckets = new();

    public bool Admit(IPAddress client, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (options.RequestsPerSecond <= 0)
        {
            return true;
        }

        var now = clock.Base.GetUtcNow();
        var bucket = _buckets.GetOrAdd(client, _ => new TokenBucket(options.RequestsPerSecond, Math.Max(1, options.Burst), now));
        return bucket.TryTake(now, out wait);
    }
}
