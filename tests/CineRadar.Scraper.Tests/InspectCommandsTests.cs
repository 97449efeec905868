using System.Text.Json;

namespace CineRadar.Scraper.Tests;

public sealed class InspectCommandsTests
{
    [Fact]
    public async Task LayoutPrintsCountsOccupancyAndLabelledRows()
    {
        var result = await CliRunner.RunAsync("layout", CliRunner.Fixture("layout-nested.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("total").GetInt32());
        Assert.Equal(4, root.GetProperty("available").GetInt32());
        Assert.Equal(2, root.GetProperty("unavailable").GetInt32());
        Assert.Equal(33.3, root.GetProperty("occupancyPct").GetDouble());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("A", rows[0].GetProperty("label").GetString());
        Assert.Equal("10_01", rows[0].GetProperty("seats").GetString());
        Assert.Equal("11_", rows[1].GetProperty("seats").GetString());
    }

    [Fact]
    public async Task LayoutReadsTheFlatCgvVariant()
    {
        var result = await CliRunner.RunAsync("layout", CliRunner.Fixture("layout-flat-cgv.json"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("_010", json.RootElement.GetProperty("rows")[0].GetProperty("seats").GetString());
    }

    [Fact]
    public async Task SchedulePrintsRoomsWithParsedFormatAndPrice()
    {
        var result = await CliRunner.RunAsync("schedule", CliRunner.Fixture("schedules-page.json"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("hasNext").GetBoolean());
        var theatre = root.GetProperty("theatres")[0];
        Assert.Equal("1100000000000000007", theatre.GetProperty("id").GetString());
        Assert.Equal("xxi", theatre.GetProperty("seatApiPath").GetString());
        var room = theatre.GetProperty("rooms")[0];
        Assert.Equal("REGULAR 2D", room.GetProperty("category").GetString());
        Assert.Equal("TwoD", room.GetProperty("format").GetProperty("dimension").GetString());
        Assert.Equal(40000, room.GetProperty("price").GetProperty("minRupiah").GetInt64());
        Assert.Equal(45000, room.GetProperty("price").GetProperty("maxRupiah").GetInt64());
        Assert.True(room.GetProperty("showtimes")[0].GetProperty("bookable").GetBoolean());

        var cinepolisRoom = root.GetProperty("theatres")[1].GetProperty("rooms")[0];
        Assert.Equal("4DX", cinepolisRoom.GetProperty("format").GetProperty("technology").GetString());
        Assert.Equal(JsonValueKind.Null, cinepolisRoom.GetProperty("price").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("theatres")[2].GetProperty("seatApiPath").ValueKind);
    }

    [Theory]
    [InlineData("layout", "layout-truncated.json", "cineradar: layout-truncated.json: seat layout: not valid JSON")]
    [InlineData("layout", "layout-no-map.json", "cineradar: layout-no-map.json: seat layout: data.seat_map is missing")]
    [InlineData("layout", "layout-expired.json", "cineradar: layout-expired.json: seat layout: TIX answered EXPIRED_EVENT_DETAIL")]
    [InlineData("schedule", "movies.json", "cineradar: movies.json: schedules page: not valid JSON at data")]
    public async Task BadFileExitsWithOneAndOneClearLine(string command, string fixture, string message)
    {
        var result = await CliRunner.RunAsync(command, CliRunner.Fixture(fixture));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith(message, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFileExitsWithOne()
    {
        var result = await CliRunner.RunAsync("layout", "/nonexistent/layout.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cineradar: cannot read layout.json:", result.Error, StringComparison.Ordinal);
    }
}
