using Bunit;
using CineRadar.Public.Components.Shared;
using CineRadar.Contracts;

namespace CineRadar.Public.Tests;

public sealed class ComponentTests : BunitContext
{
    [Fact]
    public void SeatGridDrawsSeatsByStatusSkipsGapsAndLabelsEveryRowOnBothSides()
    {
        var grid = Render<SeatGrid>(p => p.Add(g => g.Rows, [new SeatRowDto("A", "11_0"), new SeatRowDto("B", "0_0_1")]));

        Assert.Equal(3, grid.FindAll("rect.seat-available").Count);
        Assert.Equal(3, grid.FindAll("rect.seat-unavailable").Count);
        Assert.Single(grid.FindAll("rect.screen"));
        Assert.Equal(["SCREEN", "A", "A", "B", "B"], grid.FindAll("text").Select(t => t.TextContent));
        // The widest row (5 cells) sets the width: two label columns of 18 and five cells of 14.
        Assert.StartsWith("0 0 106 ", grid.Find("svg").GetAttribute("viewBox"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("09:45", "tod-morning")]
    [InlineData("12:00", "tod-afternoon")]
    [InlineData("18:30", "tod-evening")]
    [InlineData("21:00", "tod-night")]
    [InlineData("00:15", "tod-night")]
    public void ShowtimeChipIsColouredByTimeOfDay(string time, string expected)
    {
        var chip = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, Samples.Show("1", time, 20)));

        Assert.Contains(expected, chip.Find("a.chip").ClassList);
        Assert.Single(chip.Find("a.chip").ClassList, c => c.StartsWith("tod-", StringComparison.Ordinal));
    }

    [Fact]
    public void ACancelledShowIsStruckThroughAndLinksToNoSeatMap()
    {
        var show = Samples.Show("78", "19:00", 40) with { Bookable = false, Cancelled = true };

        var chip = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, show));

        Assert.Empty(chip.FindAll("a"));
        Assert.Empty(chip.FindAll("[href]"));
        Assert.Equal("19:00", chip.Find(".chip-cancelled s.chip-time").TextContent);
        Assert.Equal("cancelled", chip.Find(".chip-note").TextContent);
        Assert.Empty(chip.FindAll(".fullness"));
    }

    [Fact]
    public void AMovedShowSaysTheLocalTimeItWasMovedFrom()
    {
        var show = Samples.Show("79", "19:30", 40);
        var moved = show with { MovedFrom = show.StartsAt.AddMinutes(-45) };

        var chip = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, moved));
        var unmoved = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, show));

        Assert.Equal("/showtimes/79", chip.Find("a.chip").GetAttribute("href"));
        Assert.Equal("moved from 18:45", chip.Find(".chip-note").TextContent);
        Assert.Empty(unmoved.FindAll(".chip-note"));
    }

    [Fact]
    public void ShowtimeChipFillsItsBarToTheLatestOccupancy()
    {
        var chip = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, Samples.Show("77", "19:00", 62.5)));

        Assert.Equal("/showtimes/77", chip.Find("a").GetAttribute("href"));
        Assert.Equal("width:62.5%", chip.Find(".fullness-fill").GetAttribute("style"));
        Assert.Contains("full-mid", chip.Find(".fullness").ClassList);
        Assert.Equal("62.5% full", chip.Find(".fullness-text").TextContent);
    }

    [Fact]
    public void ShowtimeChipSaysWhenAHouseIsLockedOrNotReadYet()
    {
        var locked = Samples.Show("1", "19:00", 100) with { Occupancy = new OccupancyReading("final", Samples.Now, 100, HouseLocked: true) };
        var lockedAfterAReading = locked with { Occupancy = locked.Occupancy! with { SoldPct = 40 } };

        var chip = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, locked));
        Assert.Equal("house locked", chip.Find(".fullness-text").TextContent);
        Assert.Equal("width:0%", chip.Find(".fullness-fill").GetAttribute("style"));
        var read = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, lockedAfterAReading));
        Assert.Equal("40.0% full before the house was locked", read.Find(".fullness-text").TextContent);
        Assert.Equal("width:40%", read.Find(".fullness-fill").GetAttribute("style"));
        var unread = Render<ShowtimeChip>(p => p.Add(c => c.Showtime, Samples.Show("2", "19:00", null)));
        Assert.Equal("no reading yet", unread.Find(".fullness-text").TextContent);
        Assert.Equal("width:0%", unread.Find(".fullness-fill").GetAttribute("style"));
    }

    [Fact]
    public void DatePickerNamesTodayAndTomorrowAndMarksTheShownDate()
    {
        var picker = Render<DatePicker>(p => p
            .Add(d => d.Dates, [Samples.Today.AddDays(2), Samples.Today, Samples.Tomorrow])
            .Add(d => d.Selected, Samples.Tomorrow)
            .Add(d => d.Today, Samples.Today)
            .Add(d => d.Href, d => $"/?date={d:yyyy-MM-dd}"));

        var links = picker.FindAll("a");
        Assert.Equal(["Today", "Tomorrow", "Tue 13 Jan"], links.Select(a => a.TextContent));
        Assert.Equal("date", links[1].GetAttribute("aria-current"));
        Assert.Null(links[0].GetAttribute("aria-current"));
        Assert.Equal("/?date=2026-01-12", links[1].GetAttribute("href"));
    }

    [Fact]
    public void CityPickerGroupsCitiesByRegionAndMarksTheChosenOne()
    {
        var picker = Render<CityPicker>(p => p
            .Add(c => c.Cities, [new("2", "KENDARI", "Sulawesi", "1 theatre"), new("1", "JAKARTA", "Jawa", "78 theatres"), new("3", "BANDUNG", "Jawa")])
            .Add(c => c.Selected, "1")
            .Add(c => c.Href, id => "/cities/" + id));

        Assert.Equal(["Jawa", "Sulawesi"], picker.FindAll("h3").Select(h => h.TextContent));
        Assert.Equal(["3", "1", "2"], picker.FindAll("a").Select(a => a.GetAttribute("data-city")));
        Assert.Contains("pill-on", picker.Find("a[data-city='1']").ClassList);
        Assert.False(picker.Find("details").HasAttribute("open"));
        Assert.Equal("Change city", picker.Find("summary").TextContent);
    }
}
