using CineRadar.Admin.Operations;
using CineRadar.Contracts;
using CineRadar.Admin.Tables;

namespace CineRadar.Admin.Tests;

public sealed class CsvWriterTests
{
    private static readonly IReadOnlyList<Column<(string Name, long Count, double? Share)>> Columns =
    [
        new("name", "Name", r => r.Name),
        new("count", "Count", r => r.Count),
        new("share", "Share, %", r => r.Share),
    ];

    [Fact]
    public void WritesAHeaderAndOneCrlfLinePerRowWithInvariantNumbers()
    {
        var csv = CsvWriter.Write(Columns, [("XXI", 12345L, 31.25), ("CGV", 0L, null)]);

        Assert.Equal("Name,Count,\"Share, %\"\r\nXXI,12345,31.25\r\nCGV,0,\r\n", csv);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void QuotesOnlyFieldsThatNeedIt(string value, string expected) =>
        Assert.Equal($"Name,Count,\"Share, %\"\r\n{expected},1,\r\n", CsvWriter.Write(Columns, [(value, 1L, null)]));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62 812", "'+62 812")]
    [InlineData("-SUM(A1)", "'-SUM(A1)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTab", "'\tTab")]
    public void TextThatASpreadsheetWouldRunIsWrittenAsText(string value, string expected) =>
        Assert.Equal($"Name,Count,\"Share, %\"\r\n{expected},-3,-0.5\r\n", CsvWriter.Write(Columns, [(value, -3L, -0.5)]));

    [Fact]
    public void InstantsAreWrittenInWib() =>
        Assert.Equal("2026-01-11T19:05:00+07:00", CellText.Raw(new DateTimeOffset(2026, 1, 11, 12, 5, 0, TimeSpan.Zero)));
}

public sealed class TableViewTests
{
    private static readonly IReadOnlyList<Column<(string Name, double? Value)>> Columns =
        [new("name", "Name", r => r.Name), new("value", "Value", r => r.Value)];

    private static readonly (string Name, double? Value)[] Rows = [("beta", 2.5), ("Alpha", null), ("gamma", 10)];

    [Fact]
    public void SortsNumbersAsNumbersWithMissingValuesFirst() =>
        Assert.Equal(["Alpha", "beta", "gamma"], TableView.Sort(Rows, Columns, "value", descending: false).Select(r => r.Name));

    [Fact]
    public void SortsTextIgnoringCaseAndDescendingWhenAsked() =>
        Assert.Equal(["gamma", "beta", "Alpha"], TableView.Sort(Rows, Columns, "name", descending: true).Select(r => r.Name));

    [Fact]
    public void UnknownSortKeyKeepsTheOrder() =>
        Assert.Equal(["beta", "Alpha", "gamma"], TableView.Sort(Rows, Columns, "nope", descending: false).Select(r => r.Name));

    [Theory]
    [InlineData(1, new[] { 1, 2 })]
    [InlineData(3, new[] { 5 })]
    [InlineData(9, new[] { 5 })]
    [InlineData(0, new[] { 1, 2 })]
    public void PagesAreClampedToTheRowsThereAre(int page, int[] expected) =>
        Assert.Equal(expected, TableView.Page([1, 2, 3, 4, 5], page, 2));
}

public sealed class FreshnessWarningsTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 11, 9, 0, 0, TimeSpan.Zero); // 16:00 WIB

    [Fact]
    public void AFinishedSweepTodayAndRecentSamplesGiveNoWarning() =>
        Assert.Empty(FreshnessWarnings.For(Fresh(sweptAt: Now.AddHours(-8), failed: 0, sampledAt: Now.AddMinutes(-2)), Now));

    [Fact]
    public void ASweepThatFinishedYesterdayInWibIsNotToday()
    {
        // 23:30 UTC on the 10th is 06:30 WIB on the 11th: today. 16:59 UTC on the 10th is 23:59 WIB on the 10th: yesterday.
        Assert.Empty(FreshnessWarnings.For(Fresh(new DateTimeOffset(2026, 1, 10, 23, 30, 0, TimeSpan.Zero), 0, Now), Now));
        var warnings = FreshnessWarnings.For(Fresh(new DateTimeOffset(2026, 1, 10, 16, 59, 0, TimeSpan.Zero), 0, Now), Now);

        Assert.Equal([FreshnessWarnings.NoSweepToday], warnings.Select(w => w.Code));
    }

    [Fact]
    public void FailedCitiesAndOldSamplesAreReported()
    {
        var warnings = FreshnessWarnings.For(Fresh(Now.AddHours(-1), failed: 3, sampledAt: Now.AddMinutes(-45)), Now);

        Assert.Equal([FreshnessWarnings.CitiesFailing, FreshnessWarnings.SamplingBehind], warnings.Select(w => w.Code));
        Assert.Contains("3 of 83 cities failed", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("45 minutes ago", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingAtAllIsTwoWarnings()
    {
        var freshness = new Freshness(0, null, null, new Coverage(new DateOnly(2026, 1, 11), 100, 0, 0, 0));

        Assert.Equal([FreshnessWarnings.NoSweepToday, FreshnessWarnings.SamplingBehind], FreshnessWarnings.For(freshness, Now).Select(w => w.Code));
    }

    private static Freshness Fresh(DateTimeOffset sweptAt, int failed, DateTimeOffset sampledAt) => new(
        7,
        new LastSweep("run-1", failed == 0 ? "success" : "partial", sweptAt, 83, failed),
        new LastSample(sampledAt),
        new Coverage(new DateOnly(2026, 1, 11), 12000, 6000, 3000, 50));
}

public sealed class SmallRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 11, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(65 * 60, "in 1 h 05 min")]
    [InlineData(90, "in 1 min 30 s")]
    [InlineData(-180, "expired 3 min 00 s ago")]
    [InlineData(3 * 86400 + 7200, "in 3 d 2 h")]
    public void CountdownReadsLikeAClock(int seconds, string expected) => Assert.Equal(expected, Countdown.Text(Now.AddSeconds(seconds), Now));

    [Theory]
    [InlineData("-6.2", "106.8166", -6.2, 106.8166)]
    [InlineData(" -6,2 ", "106,8", -6.2, 106.8)]
    public void CoordinatesAreReadWithAPointOrAComma(string lat, string lng, double expectedLat, double expectedLng) =>
        Assert.Equal(new LocationRequest(expectedLat, expectedLng), Coordinates.TryRead(lat, lng));

    [Theory]
    [InlineData("91", "100")]
    [InlineData("-6", "181")]
    [InlineData("north", "100")]
    [InlineData("", "")]
    [InlineData("NaN", "1")]
    public void CoordinatesOutOfRangeOrNotNumbersAreRefused(string lat, string lng) => Assert.Null(Coordinates.TryRead(lat, lng));
}
