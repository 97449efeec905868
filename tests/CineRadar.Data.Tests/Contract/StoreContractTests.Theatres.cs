using CineRadar.Core.Catalog;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TheatresUnionRoomTypesAndKeepWhenTheyWereFirstSeen()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()));
        var later = TestData.JakartaSweep() with
        {
            Schedules = [new CityMovieSchedule(TestData.KeretaMalam.Id,
                [TestData.Theatre("1100000000000000007", "MALL KOTA XXI", "XXI", TestData.Jakarta,
                    new Room("PREMIERE 2D", "Rp100.000", [TestData.Show("2000000000000000199", "18:00", 1, TestData.Jakarta)]))])],
        };

        await Catalog.PublishAsync(TestData.Publication(later) with { ScrapedAt = TestData.ScrapedAt.AddHours(6) });

        var theatre = await Theatres.GetAsync("1100000000000000007");
        Assert.NotNull(theatre);
        Assert.Equal(["IMAX 3D", "PREMIERE 2D", "REGULAR 2D"], theatre.RoomTypes.Order(StringComparer.Ordinal));
        Assert.Equal(TestData.ScrapedAt, theatre.FirstSeen);
        Assert.Equal(TestData.ScrapedAt.AddHours(6), theatre.LastSeen);
        Assert.Equal("XXI", theatre.Chain.DisplayName);
        Assert.Equal("JAKARTA", theatre.CityName);
        Assert.Null(theatre.Location);
        Assert.Equal(2, (await Theatres.GetAllAsync()).Count);
        Assert.Null(await Theatres.GetAsync("1999999999999999999"));
    }

    [Fact]
    public async Task ManualLocationWinsOverTheGeocoder()
    {
        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()));
        var id = "1100000000000000007";
        var geocoded = new TheatreLocation(-6.2, 106.8, LocationSource.Geocoder, "osm:123", TestData.ScrapedAt);
        var manual = new TheatreLocation(-6.19, 106.82, LocationSource.Manual, null, TestData.ScrapedAt.AddHours(1));

        Assert.True(await Theatres.SetLocationAsync(id, geocoded));
        Assert.Equal(geocoded, (await Theatres.GetAsync(id))!.Location);
        Assert.True(await Theatres.SetLocationAsync(id, manual));
        Assert.False(await Theatres.SetLocationAsync(id, geocoded with { UpdatedAt = TestData.ScrapedAt.AddHours(2) }));
        Assert.Equal(manual, (await Theatres.GetAsync(id))!.Location);
        Assert.True(await Theatres.SetLocationAsync(id, manual with { Latitude = -6.18 }));
        Assert.Equal(-6.18, (await Theatres.GetAsync(id))!.Location!.Latitude);

        Assert.False(await Theatres.SetLocationAsync("1999999999999999999", manual));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Theatres.SetLocationAsync(id, manual with { Latitude = 95 }));

        await Catalog.PublishAsync(TestData.Publication(TestData.JakartaSweep()) with { ScrapedAt = TestData.ScrapedAt.AddDays(1) });
        Assert.Equal(-6.18, (await Theatres.GetAsync(id))!.Location!.Latitude);
    }
}
