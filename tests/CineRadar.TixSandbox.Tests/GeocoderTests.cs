using System.Globalization;
using System.Net;
using System.Text.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The Nominatim imitation answering theatre searches from the sandbox's own coordinates.</summary>
public sealed class GeocoderTests
{
    [Fact]
    public async Task TheatresAreFoundMostlyInTheirCitySometimesNowhereOrElsewhere()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.Geocoder.RequestsPerSecond = 0);
        var theatres = sandbox.Server.ShowtimesOn(TestSandbox.Today).DistinctBy(s => s.TheatreId).ToList();
        int found = 0, none = 0, elsewhere = 0;

        foreach (var theatre in theatres)
        {
            var query = $"{theatre.TheatreName}, {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(theatre.CityName.ToLowerInvariant())}, Indonesia";
            var results = await SearchAsync(sandbox, query);
            if (results.GetArrayLength() == 0)
            {
                none++;
                continue;
            }

            var place = results[0];
            Assert.Equal("amenity", place.GetProperty("class").GetString());
            Assert.Equal("cinema", place.GetProperty("type").GetString());
            Assert.True(double.TryParse(place.GetProperty("lat").GetString(), CultureInfo.InvariantCulture, out var lat) && lat is > -11 and < 6);
            Assert.True(double.TryParse(place.GetProperty("lon").GetString(), CultureInfo.InvariantCulture, out var lon) && lon is > 94 and < 142);
            var city = place.GetProperty("address").GetProperty("city").GetString()!.ToUpperInvariant();
            if (city == theatre.CityName)
            {
                found++;
            }
            else
            {
                elsewhere++;
            }
        }

        Assert.InRange(found / (double)theatres.Count, 0.88, 0.97);
        Assert.InRange(none, 1, theatres.Count / 10);
        Assert.InRange(elsewhere, 1, theatres.Count / 20);
    }

    [Fact]
    public async Task CityNamesGiveTheCityAndUnknownPlacesNothing()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var city = await SearchAsync(sandbox, "Malang, Indonesia");
        var unknown = await SearchAsync(sandbox, "Atlantis");

        Assert.Equal("boundary", city[0].GetProperty("class").GetString());
        Assert.Equal("Malang", city[0].GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(0, unknown.GetArrayLength());
    }

    [Fact]
    public async Task SearchingMuchFasterThanOnePerSecondIsRefused()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.Geocoder.Burst = 2);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var response = await sandbox.Api.GetAsync("nominatim/search?q=Bandung&format=json&limit=1&countrycodes=id");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<JsonElement> SearchAsync(TestSandbox sandbox, string query) =>
        await sandbox.Api.GetFromJsonAsync($"nominatim/search?q={Uri.EscapeDataString(query)}&format=json&limit=1&countrycodes=id");
}
