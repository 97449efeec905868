using CineRadar.Contracts;
using CineRadar.Public.Navigation;
using CineRadar.Public.Views;
using CineRadar.WebComponents.Navigation;

namespace CineRadar.Public.Tests;

public sealed class ViewTests
{
    [Fact]
    public void BusiestShowsAreTheFullestStillToComeInTheCity()
    {
        var busiest = BusiestShows.From([Samples.KeretaNational], Samples.Jakarta.Id, Samples.Now, 2);

        // 5002 (14:30 WIB) started 90 minutes before 16:00: no longer "now"; 5003 (85.5%) and 5005 (12%) remain.
        Assert.Equal(["5003", "5005"], busiest.Select(s => s.Showtime.Id));
        Assert.Equal("MALL KOTA XXI", busiest[0].Theatre.Name);
    }

    [Fact]
    public void ACancelledShowIsNeverAmongTheBusiest()
    {
        var kereta = Samples.KeretaNational;
        var movie = kereta with
        {
            Cities = kereta.Cities.Select(c => c with
            {
                Theatres = c.Theatres.Select(t => t with
                {
                    Rooms = t.Rooms.Select(r => r with
                    {
                        Showtimes = r.Showtimes.Select(s => s.Id == "5003" ? s with { Bookable = false, Cancelled = true } : s).ToList(),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };

        var busiest = BusiestShows.From([movie], Samples.Jakarta.Id, Samples.Now, 2);

        Assert.DoesNotContain(busiest, s => s.Showtime.Id == "5003");
        Assert.Equal("5005", busiest[0].Showtime.Id);
    }

    [Fact]
    public void ALockedHouseRanksByItsLastReadingBeforeTheLockNeverAsFull()
    {
        var kereta = Samples.KeretaNational;
        var jakarta = kereta.Cities.Single(c => c.Id == Samples.Jakarta.Id);
        var locked = jakarta.Theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Single(s => s.Id == "5005");
        var lockedReading = new OccupancyReading("final", Samples.Now, 100, HouseLocked: true, SoldPct: 12);
        var movie = kereta with
        {
            Cities = kereta.Cities.Select(c => c with
            {
                Theatres = c.Theatres.Select(t => t with
                {
                    Rooms = t.Rooms.Select(r => r with
                    {
                        Showtimes = r.Showtimes.Select(s => s.Id == locked.Id ? s with { Occupancy = lockedReading } : s).ToList(),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };

        var busiest = BusiestShows.From([movie], Samples.Jakarta.Id, Samples.Now, 2);

        Assert.Equal(["5003", "5005"], busiest.Select(s => s.Showtime.Id));
        var everyReadingLocked = lockedReading with { SoldPct = null };
        Assert.Null(everyReadingLocked.TakenPct);
        Assert.Equal(12, lockedReading.TakenPct);
    }

    [Fact]
    public void BusiestShowsKeepToTheCity()
    {
        var busiest = BusiestShows.From([Samples.KeretaNational], Samples.Kendari.Id, Samples.Now.AddHours(-4), 10);

        Assert.Equal(["5006"], busiest.Select(s => s.Showtime.Id));
    }

    [Fact]
    public void ChainsAreListedOnceAndFilterTheTheatres()
    {
        var theatres = Samples.JakartaForKereta.Theatres;

        Assert.Equal(["CGV", "XXI"], TheatreFilter.Chains(theatres).Select(c => c.Key));
        Assert.Equal(["3001"], TheatreFilter.ByChain(theatres, "xxi").Select(t => t.Theatre.Id));
        Assert.Equal(2, TheatreFilter.ByChain(theatres, null).Count);
    }

    [Fact]
    public void DeepLinksCarryTheirIdsAndDate()
    {
        Assert.Equal("/movies/4001?date=2026-01-11&city=1001&chain=XXI", Links.Movie("4001", Samples.Today, "1001", "XXI"));
        Assert.Equal("/movies/4001", Links.Movie("4001"));
        Assert.Equal("/cities/1001?date=2026-01-12", Links.City("1001", Samples.Tomorrow));
        Assert.Equal("/theatres/3001", Links.Theatre("3001"));
        Assert.Equal("/showtimes/5003", Links.Showtime("5003"));
        Assert.Equal("/boxoffice?date=2026-01-11&movie=4001", Links.BoxOffice(Samples.Today, "4001"));
        Assert.Equal("/search?q=mall%20kota", Links.Search("mall kota"));
    }

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("2026-01-11", true, "2026-01-11")]
    [InlineData("11/01/2026", false, null)]
    [InlineData("2026-02-30", false, null)]
    public void DatesInTheUrlAreReadStrictly(string? text, bool valid, string? expected)
    {
        Assert.Equal(valid, Links.TryReadDay(text, out var date));
        Assert.Equal(expected, UrlQuery.Day(date));
    }

    [Theory]
    [InlineData(40_000L, 45_000L, "Rp40.000 – Rp45.000")]
    [InlineData(50_000L, 50_000L, "Rp50.000")]
    [InlineData(null, null, "not listed")]
    public void PricesAreARangeOrOnePrice(long? min, long? max, string expected) => Assert.Equal(expected, Prices.Range(min, max, "not listed"));

    [Fact]
    public void SeatCellsAreReadFromTheApisLetters()
    {
        var layout = SeatGridLayout.From([new SeatRowDto("A", "10_"), new SeatRowDto("B", "1")]);

        Assert.Equal(3, layout.Columns);
        Assert.Equal([SeatCell.Available, SeatCell.Unavailable, SeatCell.Gap], layout.Rows[0].Cells);
    }
}
