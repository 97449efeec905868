using Bunit;
using CineRadar.WebComponents.Maps;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.WebComponents.Tests;

public sealed class MapTests : BunitContext
{
    private static readonly Lazy<IndonesiaBasemap> Basemap = new(IndonesiaBasemap.FromApplicationFolder);

    public MapTests() => Services.AddSingleton(Basemap.Value);

    [Fact]
    public void BasemapHasIndonesiasCoastlineFromNaturalEarthAndItsNeighbours()
    {
        var indonesia = Assert.Single(Basemap.Value.Land, l => l.IsIndonesia);

        Assert.Equal("Indonesia", indonesia.Name);
        Assert.True(indonesia.Path.Count(c => c == 'M') > 100, "the archipelago is drawn island by island");
        Assert.Contains(Basemap.Value.Land, l => l.Name == "Malaysia");
        Assert.Equal("360", Basemap.Value.Land[^1].Id);
    }

    [Theory]
    [InlineData(-6.2, 106.8)]
    [InlineData(3.59, 98.67)]
    [InlineData(-2.53, 140.7)]
    [InlineData(-8.65, 115.22)]
    public void CitiesProjectInsideTheMap(double latitude, double longitude)
    {
        var (x, y) = IndonesiaBasemap.Project(latitude, longitude);

        Assert.InRange(x, 0, IndonesiaBasemap.Width);
        Assert.InRange(y, 0, IndonesiaBasemap.Height);
    }

    [Fact]
    public void PinsAreDrawnWithTheirColourTooltipAndLink()
    {
        var map = Render<IndonesiaMap>(p => p
            .Add(m => m.Pins, [new MapPin(-6.2, 106.8, "#CFAB7A", "MALL KOTA XXI", "/theatres/1"), new MapPin(-8.65, 115.22, "#E03C31", "BALI CGV")])
            .Add(m => m.Label, "Theatres"));

        var circles = map.FindAll("circle");
        Assert.Equal(2, circles.Count);
        Assert.Equal("#CFAB7A", circles[0].GetAttribute("fill"));
        Assert.Equal("MALL KOTA XXI", circles[0].QuerySelector("title")!.TextContent);
        Assert.Equal("/theatres/1", map.Find("a").GetAttribute("href"));
        Assert.Equal($"0 0 {IndonesiaBasemap.Width:0.##} {IndonesiaBasemap.Height:0.##}", map.Find("svg").GetAttribute("viewBox"));
        Assert.Equal("Theatres", map.Find("svg").GetAttribute("aria-label"));
    }

    [Fact]
    public void FocusZoomsTheViewOnAPlace()
    {
        var map = Render<IndonesiaMap>(p => p.Add(m => m.Focus, new MapFocus(-6.2, 106.8, 4)));

        var box = map.Find("svg").GetAttribute("viewBox")!.Split(' ').Select(double.Parse).ToArray();
        Assert.Equal(IndonesiaBasemap.Width / 4, box[2], 1);
        var (x, y) = IndonesiaBasemap.Project(-6.2, 106.8);
        Assert.Equal(x, box[0] + (box[2] / 2), 1);
        Assert.Equal(y, box[1] + (box[3] / 2), 1);
    }
}
