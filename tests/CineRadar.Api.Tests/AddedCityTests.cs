using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>Cities TIX lists beyond CineRadar's table: listed so that links to them work, and mapped by an operator.</summary>
[Collection(ApiSuite.Name)]
public sealed class AddedCityTests(ApiFixture fixture)
{
    private const string Nabire = "1999999999999999999";
    private const string MappingUrl = $"/api/v1/admin/cities/{Nabire}/mapping";

    [Fact]
    public async Task AnAddedCityIsListedUnassignedOnWibUntilAnOperatorMapsIt()
    {
        await using var api = fixture.NewApiOnCopy();
        await api.Services.GetRequiredService<ICityStore>().RecordSeenAsync(Nabire, "NABIRE", fixture.Clock.GetUtcNow());
        await api.Services.GetRequiredService<IAlertStore>().RaiseAsync(AddedCity.NewCityAlert, Nabire, AlertSeverity.Warning, "swept on WIB");
        using var publicSite = api.PublicSite();
        using var analyst = api.Analyst();
        using var admin = api.Operator("dewi");

        var before = await CityAsync(publicSite);
        var added = Assert.Single((await analyst.GetOkAsync("/api/v1/admin/cities/added")).EnumerateArray());
        await publicSite.GetOkAsync($"/api/v1/movies?city={Nabire}");
        await publicSite.GetOkAsync($"/api/v1/theatres?city={Nabire}");
        using var mapped = await admin.PutAsJsonAsync(new Uri(MappingUrl, UriKind.Relative), new { region = "Sulawesi", timeZone = "wita" });
        var after = await CityAsync(publicSite);

        Assert.Equal(("NABIRE", "Unassigned", "Unassigned", "WIB", 0), Describe(before));
        Assert.Equal(84, (await publicSite.GetOkAsync("/api/v1/cities")).GetArrayLength());
        Assert.Equal((Nabire, "Unassigned", "WIB", false), (added.GetProperty("id").GetString(), added.GetProperty("regionId").GetString(),
            added.GetProperty("timeZone").GetString(), added.GetProperty("mapped").GetBoolean()));
        var answer = await HttpAssert.OkAsync(mapped);
        Assert.Equal(("Sulawesi", "WITA", "dewi"), (answer.GetProperty("regionId").GetString(), answer.GetProperty("timeZone").GetString(),
            answer.GetProperty("mappedBy").GetString()));
        Assert.Equal(("NABIRE", "Sulawesi", "Sulawesi", "WITA", 0), Describe(after));
        var sulawesi = (await publicSite.GetOkAsync("/api/v1/regions")).EnumerateArray().Single(r => r.GetProperty("id").GetString() == "Sulawesi");
        Assert.Equal(Cities.All.Count(c => c.RegionId == RegionId.Sulawesi) + 1, sulawesi.GetProperty("cities").GetInt32());
        var entry = (await analyst.GetOkAsync("/api/v1/admin/audit?limit=200")).EnumerateArray().First(e => e.GetProperty("target").GetString() == Nabire);
        Assert.Equal(("city.map", "dewi", "Sulawesi, WITA"), (entry.GetProperty("action").GetString(), entry.GetProperty("user").GetString(),
            entry.GetProperty("detail").GetString()));
        Assert.False((await api.Services.GetRequiredService<IAlertStore>().ListAsync(10)).Single(a => a.Subject == Nabire).IsActive);
    }

    [Fact]
    public async Task OnlyAnOperatorMapsAnAddedCityAndOnlyToAKnownRegionAndZone()
    {
        await using var api = fixture.NewApiOnCopy();
        await api.Services.GetRequiredService<ICityStore>().RecordSeenAsync(Nabire, "NABIRE", fixture.Clock.GetUtcNow());
        using var analyst = api.Analyst();
        using var admin = api.Operator();

        using var refused = await analyst.PutAsJsonAsync(new Uri(MappingUrl, UriKind.Relative), new { region = "Sulawesi", timeZone = "WITA" });
        using var badRegion = await admin.PutAsJsonAsync(new Uri(MappingUrl, UriKind.Relative), new { region = "Atlantis", timeZone = "WITA" });
        using var unassigned = await admin.PutAsJsonAsync(new Uri(MappingUrl, UriKind.Relative), new { region = "Unassigned", timeZone = "WIB" });
        using var badZone = await admin.PutAsJsonAsync(new Uri(MappingUrl, UriKind.Relative), new { region = "Sulawesi", timeZone = "UTC+8" });
        using var badId = await admin.PutAsJsonAsync(new Uri("/api/v1/admin/cities/a%20b/mapping", UriKind.Relative), new { region = "Sulawesi", timeZone = "WITA" });
        using var tableCity = await admin.PutAsJsonAsync(
            new Uri($"/api/v1/admin/cities/{ApiFixture.Jakarta.Id}/mapping", UriKind.Relative), new { region = "Sulawesi", timeZone = "WITA" });
        using var unknown = await admin.PutAsJsonAsync(new Uri("/api/v1/admin/cities/1777777777777777777/mapping", UriKind.Relative), new { region = "Jawa", timeZone = "WIB" });

        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
        await HttpAssert.NamesParameterAsync(badRegion, "region");
        await HttpAssert.NamesParameterAsync(unassigned, "region");
        await HttpAssert.NamesParameterAsync(badZone, "timeZone");
        await HttpAssert.NamesParameterAsync(badId, "id");
        await HttpAssert.ProblemAsync(tableCity, HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Null((await api.Services.GetRequiredService<ICityStore>().GetAsync(Nabire))!.Mapping);
    }

    [Fact]
    public async Task ARunCoversTheCitiesTixAddedAndMayNameOne()
    {
        await using var api = fixture.NewApiOnCopy();
        await api.Services.GetRequiredService<ICityStore>().RecordSeenAsync(Nabire, "NABIRE", fixture.Clock.GetUtcNow());
        using var admin = api.Operator();

        using var all = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/runs", UriKind.Relative), new { kind = "schedules" });
        using var one = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/runs", UriKind.Relative), new { kind = "seats", cities = new[] { Nabire } });

        Assert.Equal(HttpStatusCode.Accepted, all.StatusCode);
        Assert.Equal(84, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("itemsTotal").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, one.StatusCode);
        var item = (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
        Assert.Equal((Nabire, "NABIRE"), (item.GetProperty("key").GetString(), item.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task AMappedCitysTheatresAndShowtimesAreInTheRegionItsOperatorGaveIt()
    {
        await using var api = fixture.NewApiOnCopy();
        await api.Services.GetRequiredService<ICityStore>().RecordSeenAsync(Nabire, "NABIRE", fixture.Clock.GetUtcNow());
        var show = new Showtime("s-nabire", "19:00", 1, IndonesianClock.ShowtimeStart(fixture.Today, "19:00", IndonesianTimeZone.Wita));
        var theatre = new TheatreSchedule("t-nabire", "NABIRE XXI", null, "XXI", Nabire, "NABIRE", [new Room("REGULAR 2D", "Rp35.000", [show])]);
        await api.Services.GetRequiredService<ICatalogStore>().PublishAsync(new CatalogPublication(fixture.Today, fixture.Clock.GetUtcNow(), "run-nabire",
            [new CityScrape(Nabire, "NABIRE", fixture.Today, [new Movie("m-nabire", "NABIRE STORY", [], null, null, null, ["XXI"], false)],
                [new CityMovieSchedule("m-nabire", [theatre])])]));
        await api.Services.GetRequiredService<IDataVersionStore>().BumpAsync();
        using var publicSite = api.PublicSite();
        using var admin = api.Operator();

        var before = await RegionsAsync(publicSite);
        using var mapped = await admin.PutAsJsonAsync(new Uri(MappingUrl, UriKind.Relative), new { region = "Sulawesi", timeZone = "WITA" });
        var after = await RegionsAsync(publicSite);

        Assert.Equal(("Unassigned", "Unassigned"), before);
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        Assert.Equal(("Sulawesi", "Sulawesi"), after);
        var city = (await publicSite.GetOkAsync($"/api/v1/movies/m-nabire?city={Nabire}")).GetProperty("cities")[0];
        Assert.Equal(("WITA", "Sulawesi"), (city.GetProperty("timeZone").GetString(),
            city.GetProperty("theatres")[0].GetProperty("theatre").GetProperty("region").GetString()));
    }

    /// <summary>The region NABIRE's theatre is in, and the regions of its showtimes in the occupancy breakdown.</summary>
    private async Task<(string?, string)> RegionsAsync(HttpClient http)
    {
        var theatre = (await http.GetOkAsync($"/api/v1/theatres?city={Nabire}"))[0];
        var rows = (await http.GetOkAsync($"/api/v1/analytics/occupancy?by=region&date={fixture.Today:yyyy-MM-dd}")).GetProperty("rows").EnumerateArray();
        return (theatre.GetProperty("region").GetString(),
            string.Join(",", rows.Select(r => r.GetProperty("key").GetString()).Where(k => k is "Unassigned" or "Sulawesi")));
    }

    private static async Task<JsonElement> CityAsync(HttpClient http) =>
        (await http.GetOkAsync("/api/v1/cities")).EnumerateArray().Single(c => c.GetProperty("id").GetString() == Nabire);

    private static (string?, string?, string?, string?, int) Describe(JsonElement city) => (
        city.GetProperty("name").GetString(), city.GetProperty("regionId").GetString(), city.GetProperty("region").GetString(),
        city.GetProperty("timeZone").GetString(), city.GetProperty("theatres").GetInt32());
}
