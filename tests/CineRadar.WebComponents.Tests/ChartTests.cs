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
