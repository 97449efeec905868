using Bunit;
using CineRadar.WebComponents.Charts;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.WebComponents.Tests;

public sealed class ChartTests : BunitContext
{
    [Fact]
    public void LineChartDrawsEveryPointWithItsTooltip()
    {
        var chart = Render<LineChart>(p => p
            .Add(c => c.Points, [new ChartPoint("t180", 20), new ChartPoint("t60", 45, "T-60: 45%"), new ChartPoint("final", 90)])
            .Add(c => c.Max, 100));

        Assert.Equal(3, chart.FindAll("circle").Count);
        Assert.Equal("T-60: 45%", chart.FindAll("circle")[1].QuerySelector("title")!.TextContent);
        Assert.Equal(3, chart.Find("polyline").GetAttribute("points")!.Split(' ').Length);
        Assert.Contains("final", chart.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void LineChartDrawsAnEstimatesIntervalAsAWhiskerWithItsRange()
    {
        var chart = Render<LineChart>(p => p
            .Add(c => c.Points, [new ChartPoint("10 Jan", 100, Low: 90, High: 120), new ChartPoint("11 Jan", 80)])
            .Add(c => c.FormatValue, v => Formats.Count((long)v)));

        var whisker = Assert.Single(chart.FindAll("path.whisker"));
        Assert.Equal("10 Jan: 90 % interval 90–120", whisker.QuerySelector("title")!.TextContent);
        Assert.Equal("10 Jan: 100 (90–120)", chart.FindAll("circle")[0].QuerySelector("title")!.TextContent);
        Assert.Equal("11 Jan: 80", chart.FindAll("circle")[1].QuerySelector("title")!.TextContent);
        // The scale reaches the interval's top: 120 is the top gridline.
        Assert.Contains(">120</text>", chart.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void LineChartWithMoreSlotsThanPointsPlacesThemWhereALongerSeriesWouldHaveThem()
    {
        var full = Render<LineChart>(p => p.Add(c => c.Points, [new("Day 1", 10), new("Day 2", 20), new("Day 3", 30), new("Day 4", 40)]));
        var shorter = Render<LineChart>(p => p.Add(c => c.Points, [new("Day 1", 10), new("Day 2", 20)]).Add(c => c.Slots, 4));

        var fullX = full.FindAll("circle").Select(c => c.GetAttribute("cx")).ToList();
        Assert.Equal(fullX.Take(2), shorter.FindAll("circle").Select(c => c.GetAttribute("cx")));
    }

    [Fact]
    public void BarsDrawAnEstimatesIntervalAcrossTheirEnd()
    {
        var bars = Render<BarList>(p => p.Add(c => c.Bars, [new ChartBar("KERETA", 80, "80 (60–100)", Low: 60, High: 100), new ChartBar("LAUT", 50, "50")]));

        Assert.Equal(["80", "50"], bars.FindAll("rect").Select(r => r.GetAttribute("width")));
        Assert.Equal("M60,1 V9 M60,5 H100 M100,1 V9", Assert.Single(bars.FindAll("path.whisker")).GetAttribute("d"));
        Assert.Contains("80 (60–100)", bars.Find(".bar-text").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimatesAreWrittenWithTheirIntervalUnlessItIsOneValue()
    {
        Assert.Equal("12,400 (11,900–12,900)", Formats.Count(12_400, 11_900, 12_900));
        Assert.Equal("12,400", Formats.Count(12_400, 12_400, 12_400));
        Assert.Equal("Rp840M (Rp800M–Rp880M)", Formats.RupiahShort(840_000_000, 800_000_000, 880_000_000));
        Assert.Equal("Rp35.000 (Rp30.000–Rp40.000)", Formats.Rupiah(35_000, 30_000, 40_000));
    }

    [Fact]
    public void EmptyLineChartSaysSo() =>
        Assert.Contains("No data yet", Render<LineChart>(p => p.Add(c => c.Points, [])).Markup, StringComparison.Ordinal);

    [Fact]
    public void BarsAreScaledToTheLongest()
    {
        var bars = Render<BarList>(p => p.Add(c => c.Bars, [new ChartBar("XXI", 50, "50%"), new ChartBar("CGV", 25, "25%", Href: "/chains/cgv")]));

        var rects = bars.FindAll("rect");
        Assert.Equal(["100", "50"], rects.Select(r => r.GetAttribute("width")));
        Assert.Equal("/chains/cgv", bars.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void SparklineHasABarPerHour()
    {
        var spark = Render<Sparkline>(p => p.Add(c => c.Points, Enumerable.Range(10, 14).Select(h => new ChartPoint($"{h}:00", h % 3)).ToList()));

        Assert.Equal(14, spark.FindAll("rect").Count);
        Assert.Equal("0", spark.FindAll("rect")[2].GetAttribute("height"));
    }

    [Theory]
    [InlineData(35000, "Rp35.000", "Rp35K")]
    [InlineData(840_000_000, "Rp840.000.000", "Rp840M")]
    [InlineData(18_400_000_000, "Rp18.400.000.000", "Rp18.4B")]
    [InlineData(500, "Rp500", "Rp500")]
    public void RupiahAreWrittenTheIndonesianWay(long rupiah, string full, string shortForm)
    {
        Assert.Equal(full, Formats.Rupiah(rupiah));
        Assert.Equal(shortForm, Formats.RupiahShort(rupiah));
    }

    [Fact]
    public void TimesAreShownInWib()
    {
        var instant = DateTimeOffset.Parse("2026-01-11T12:05:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("19:05 WIB", Formats.WibTime(instant));
        Assert.Equal("11 Jan 2026 19:05 WIB", Formats.WibDateTime(instant));
        Assert.Equal("+8.0%", Formats.Change(8));
        Assert.Equal("−2.5%", Formats.Change(-2.5));
        Assert.Equal("–", Formats.Change(null));
        Assert.Equal("31.2%", Formats.Percent(31.2));
    }
}
