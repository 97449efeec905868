using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;
using CineRadar.Core.Time;

namespace CineRadar.Data.Tests.Contract;

/// <summary>Small, realistic catalog data for the contract suite.</summary>
internal static class TestData
{
    public static readonly DateOnly Date = new(2026, 1, 11);
    public static readonly DateTimeOffset ScrapedAt = DateTimeOffset.Parse("2026-01-10T23:40:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public static readonly City Jakarta = Cities.FindByName("JAKARTA")!;
    public static readonly City Bandung = Cities.FindByName("BANDUNG")!;
    public static readonly City Makassar = Cities.FindByName("MAKASSAR")!;

    public static Movie Movie(string id, string title, bool presale = false, params string[] merchants) =>
        new(id, title, ["Horror"], $"https://asset.tix.id/movie_poster_v2/{id}.webp", "D", null,
            merchants.Length == 0 ? ["XXI"] : merchants, presale);

    public static readonly Movie KeretaMalam = Movie("1900000000000000001", "KERETA MALAM", false, "XXI", "CGV");
    public static readonly Movie Sherina = Movie("1900000000000000002", "PETUALANGAN SHERINA 3", true, "Cinépolis");

    public static Showtime Show(string id, string time, int status, City city, DateOnly? date = null) =>
        new(id, time, status, IndonesianClock.ShowtimeStart(date ?? Date, time, city.TimeZone));

    public static TheatreSchedule Theatre(string id, string name, string merchant, City city, params Room[] rooms) =>
        new(id, name, $"Jl. Contoh {id[^2..]}, {city.Name}", merchant, city.Id, city.Name, rooms);

    public static CityScrape JakartaSweep(DateOnly? date = null)
    {
        var day = date ?? Date;
        return new CityScrape(Jakarta.Id, Jakarta.Name, day, [KeretaMalam, Sherina],
        [
            new CityMovieSchedule(KeretaMalam.Id,
            [
                Theatre("1100000000000000007", "MALL KOTA XXI", "XXI", Jakarta,
                    new Room("REGULAR 2D", "Rp40.000 - Rp45.000",
                        [Show("2000000000000000101", "12:30", 0, Jakarta, day), Show("2000000000000000102", "19:00", 1, Jakarta, day)]),
                    new Room("IMAX 3D", "Rp75.000", [Show("2000000000000000103", "21:15", 1, Jakarta, day)])),
                Theatre("1100000000000000008", "GRAND INDONESIA CGV", "CGV", Jakarta,
                    new Room("GOLD CLASS 2D", "Rp150.000", [Show("2000000000000000104", "20:00", 1, Jakarta, day)])),
            ]),
            new CityMovieSchedule(Sherina.Id, []),
        ]);
    }

    public static readonly DateTimeOffset AddedAt = DateTimeOffset.Parse("2026-01-11T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    public static readonly DateTimeOffset MovedFrom = DateTimeOffset.Parse("2026-01-11T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    public static readonly DateTimeOffset CancelledAt = DateTimeOffset.Parse("2026-01-11T04:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    // The morning's Jakarta as a re-sweep left it: 19:00 moved there from 18:00 WIB, 21:15 cancelled, 22:00 added.
    public static CityScrape ResweptJakarta()
    {
        var sweep = JakartaSweep();
        var kereta = sweep.Schedules[0];
        var mallKota = kereta.Theatres[0];
        var regular = mallKota.Rooms[0];
        var imax = mallKota.Rooms[1];
        var resweptRegular = regular with
        {
            Showtimes =
            [
                regular.Showtimes[0],
                regular.Showtimes[1] with { MovedFrom = MovedFrom },
                Show("2000000000000000109", "22:00", 1, Jakarta) with { AddedAt = AddedAt },
            ],
        };
        var resweptImax = imax with { Showtimes = [imax.Showtimes[0] with { CancelledAt = CancelledAt }] };
        var resweptMallKota = mallKota with { Rooms = [resweptRegular, resweptImax] };
        return sweep with { Schedules = [kereta with { Theatres = [resweptMallKota, .. kereta.Theatres.Skip(1)] }, .. sweep.Schedules.Skip(1)] };
    }

    public static CityScrape BandungSweep() => new(Bandung.Id, Bandung.Name, Date, [KeretaMalam],
    [
        new CityMovieSchedule(KeretaMalam.Id,
        [
            Theatre("1100000000000000009", "BIOSKOP BARU", "Platinum Cineplex", Bandung,
                new Room("REGULAR ", "Rp35.000", [Show("2000000000000000105", "19:30", 1, Bandung)])),
        ]),
    ]);

    public static CatalogPublication Publication(params CityScrape[] cities) => new(Date, ScrapedAt, "run-1", cities);

    public static SeatLayout Layout(params (string Label, string Seats)[] rows) =>
        new(rows.Select(r => new SeatRow(r.Label, r.Seats)).ToList());

    public static SeatSample Sample(string showtimeId, string kind, DateTimeOffset sampledAt, SeatLayout layout, bool locked = false) =>
        new(showtimeId, Date, kind, sampledAt, IndonesianClock.ShowtimeStart(Date, "19:00", Jakarta.TimeZone),
            KeretaMalam.Id, "1100000000000000007", Jakarta.Id, "XXI", "REGULAR 2D", layout, locked);

    public static ShowtimeEstimate Estimate(string showtimeId, int capacity, int admissions, long? price, DateOnly? date = null) =>
        new(showtimeId, date ?? Date, KeretaMalam.Id, KeretaMalam.Title, "1100000000000000007", "MALL KOTA XXI", Jakarta.Id, Jakarta.Name,
            "XXI", "REGULAR 2D", "19:00", IndonesianClock.ShowtimeStart(date ?? Date, "19:00", Jakarta.TimeZone), capacity, admissions,
            price, "final", false, ScrapedAt, admissions * 9 / 10, admissions * 11 / 10);

    public static DailyRollup Rollup(RollupDimension dimension, string key, long admissions, DateOnly? date = null) =>
        new(date ?? Date, dimension, key, key.ToUpperInvariant(), admissions, admissions * 40_000, admissions * 2, 10, 8, ScrapedAt,
            admissions * 9 / 10, admissions * 11 / 10, admissions * 9 / 10 * 40_000, admissions * 11 / 10 * 40_000);
}
