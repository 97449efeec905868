using CineRadar.Contracts;

namespace CineRadar.Public.Tests;

/// <summary>A small day of data in the Api's shapes: two cities (WIB and WITA), two chains, two movies, four shows.</summary>
public static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 1, 11, 9, 0, 0, TimeSpan.Zero); // 16:00 WIB
    public static readonly DateOnly Today = new(2026, 1, 11);
    public static readonly DateOnly Tomorrow = Today.AddDays(1);

    public static readonly CityDto Jakarta = new("1001", "JAKARTA", "1", "Jawa", "WIB", 2);
    public static readonly CityDto Kendari = new("2002", "KENDARI", "4", "Sulawesi", "WITA", 1);

    public static readonly ChainDto Xxi = new("XXI", "XXI", "#CFAB7A");
    public static readonly ChainDto Cgv = new("CGV", "CGV", "#E03C31");

    public static readonly TheatreDto MallKota = Theatre("3001", "MALL KOTA XXI", Xxi, Jakarta, new LocationDto(-6.2, 106.8, "Geocoder"));
    public static readonly TheatreDto GrandCgv = Theatre("3002", "GRAND CGV", Cgv, Jakarta, null);
    public static readonly TheatreDto KendariXxi = Theatre("3003", "KENDARI XXI", Xxi, Kendari, new LocationDto(-3.99, 122.51, "Geocoder"));

    public static readonly MovieSummary KeretaMalam = new(
        "4001", "KERETA MALAM", ["Horror"], "http://posters.test/4001.svg", "D", null, false, ["XXI", "CGV"], 2, 3, 5, 1200, 48_000_000, 41.2, 1150, 1260, 46_000_000, 50_400_000);

    public static readonly MovieSummary PestaLaut = new(
        "4002", "PESTA LAUT", ["Comedy"], null, "R", null, true, ["XXI"], 1, 1, 1, null, null, null, null, null, null, null);

    public static readonly RoomFormatDto Regular = new("Regular 2D", "TwoD", "Standard", "Regular");

    public static ShowtimeDto Show(string id, string time, double? occupancy, bool bookable = true) => new(
        id, time, Today.ToDateTime(TimeOnly.ParseExact(time, "HH:mm"), DateTimeKind.Utc).AddHours(-7), bookable,
        occupancy is { } pct ? new OccupancyReading("t60", Now.AddMinutes(-20), pct, false) : null);

    public static readonly RoomDto MallKotaRoom = new("REGULAR 2D", Regular, "Rp40.000 - Rp45.000", new Price(40_000, 45_000),
        [Show("5001", "10:00", null, bookable: false), Show("5002", "14:30", 45.0), Show("5003", "19:00", 85.5), Show("5004", "22:15", null)]);

    public static readonly RoomDto GrandCgvRoom = new("GOLD CLASS 2D", new RoomFormatDto("Gold Class 2D", "TwoD", "Standard", "Premium"), "Rp100.000", new Price(100_000, 100_000),
        [Show("5005", "20:00", 12.0)]);

    public static readonly MovieCity JakartaForKereta = new(Jakarta.Id, Jakarta.Name, "WIB", [new(MallKota, [MallKotaRoom]), new(GrandCgv, [GrandCgvRoom])]);

    public static readonly MovieCity KendariForKereta = new(Kendari.Id, Kendari.Name, "WITA", [new(KendariXxi, [MallKotaRoom with { Showtimes = [Show("5006", "13:00", 5.0)] }])]);

    public static readonly MovieDetail KeretaNational = new(
        Today, [Today, Tomorrow], KeretaMalam, new MovieDaySummary(40_000, 100_000, 6, [new(10, 1), new(13, 1), new(14, 1), new(19, 1), new(20, 1), new(22, 1)]),
        [JakartaForKereta, KendariForKereta]);

    public static readonly MovieDetail KeretaInJakarta = KeretaNational with
    {
        Summary = new MovieDaySummary(40_000, 100_000, 5, [new(10, 1), new(14, 1), new(19, 1), new(20, 1), new(22, 1)]),
        Cities = [JakartaForKereta],
    };

    public static readonly SeatMap LatestOf5003 = new("final", Now.AddMinutes(-5), 12, 2, 10, 83.3, false,
        [new SeatRowDto("A", "1100_0000"), new SeatRowDto("B", "0000_0000"), new SeatRowDto("C", "00")]);

    public static readonly ShowtimeDetail Show5003 = new(
        "5003", Today, "19:00", MallKotaRoom.Showtimes[2].StartsAt, true, KeretaMalam, MallKota,
        new ShowtimeRoom(MallKotaRoom.Category, Regular, MallKotaRoom.PriceText, MallKotaRoom.Price), LatestOf5003,
        [new CurvePoint("t180", Now.AddHours(-2), 30.0, 4, 12, false), new CurvePoint("final", Now.AddMinutes(-5), 83.3, 10, 12, false)],
        new Estimate(11, 495_000, "final + late sales", 10, 13, 450_000, 585_000));

    public static readonly BoxOffice BoxOfficeToday = new(Today, Today.AddDays(-1),
        new BoxOfficeTotals(1200, 48_000_000, 6, 4, 41.2, 1000, 40_000_000, 20.0, 20.0, 1150, 1260, 46_000_000, 50_400_000),
        [new BoxOfficeMovie(KeretaMalam.Id, KeretaMalam.Title, 1200, 48_000_000, 41.2, 5, 1000, 20.0, 1150, 1260, 46_000_000, 50_400_000)]);

    /// <summary>The stub answering everything the site asks for the sample day, as the Api would.</summary>
    public static StubApi Day(this StubApi api) => api
        .Answer("/", new ServiceInfo("CineRadar.Api", "0.1.0", "sandbox", "sqlite", new CacheInfo("memory", false)))
        .Answer("/api/v1/cities", new[] { Jakarta, Kendari })
        .Answer("/api/v1/dates", new[] { Tomorrow, Today })
        .Answer("/api/v1/movies", new MovieList(Today, Now, [KeretaMalam, PestaLaut]))
        .Answer("/api/v1/boxoffice", BoxOfficeToday)
        .Answer($"/api/v1/movies/{KeretaMalam.Id}", KeretaNational)
        .Answer($"/api/v1/movies/{KeretaMalam.Id}?city={Jakarta.Id}", KeretaInJakarta)
        .Answer("/api/v1/showtimes/5003", Show5003);

    private static TheatreDto Theatre(string id, string name, ChainDto chain, CityDto city, LocationDto? location) =>
        new(id, name, "Jl. Sudirman " + id, chain, city.Id, city.Name, city.Region, ["REGULAR 2D"], location, Now.AddDays(-30), Now);
}
