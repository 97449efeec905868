using System.Net;
using System.Text.Json;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary>The seat-layout endpoint: its three variants (reference §1.5.3) and its auth rules.</summary>
[Collection(SharedSandbox.Name)]
public sealed class LayoutApiTests(SandboxFixture fixture)
{
    private readonly TixClient _tix = fixture.Sandbox.Tix;
    private readonly SandboxServer _server = fixture.Sandbox.Server;

    [Fact]
    public async Task NestedLayoutHasSeatCodesRowsStatusesAndExtras()
    {
        var data = await LayoutDataAsync("xxi");

        var row = data.GetProperty("seat_map")[0];
        Assert.Matches("^[A-Z]$", row.GetProperty("seat_code").GetString());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("max_row").ValueKind);
        var seats = data.GetProperty("seat_map").EnumerateArray().SelectMany(r => r.GetProperty("seat_rows").EnumerateArray()).ToList();
        Assert.All(seats, s => Assert.Contains(s.GetProperty("status").GetInt32(), new[] { 1, 5, 6 }));
        Assert.All(seats, s => Assert.Matches("^[A-T][0-9]{1,2}$", s.GetProperty("seat_row").GetString()));
        Assert.Equal(JsonValueKind.Number, data.GetProperty("price").ValueKind);
        Assert.Equal(0, data.GetProperty("user_seat_purchased").GetInt32());
        Assert.Equal(JsonValueKind.Array, data.GetProperty("price_group").ValueKind);
        // XXI aisles are missing seat numbers: some row skips a number below its max_row.
        Assert.Contains(data.GetProperty("seat_map").EnumerateArray(), r => r.GetProperty("seat_rows").GetArrayLength() < r.GetProperty("max_row").GetInt32());
    }

    [Fact]
    public async Task FlatCinepolisLayoutHasRowNamesSeatNumbersAndStatuses()
    {
        var data = await LayoutDataAsync("cinepolis");

        var entries = data.GetProperty("seat_map").EnumerateArray().ToList();
        Assert.All(entries, e => Assert.Equal(JsonValueKind.String, e.GetProperty("seat_no").ValueKind));
        Assert.All(entries, e => Assert.Matches("^[A-Z]$", e.GetProperty("row_name").GetString()));
        Assert.Contains(entries, e => e.GetProperty("seat_status").GetInt32() == 0);
        Assert.Contains(entries, e => e.GetProperty("seat_status").GetInt32() == 1);
    }

    [Fact]
    public async Task SomeCgvVenuesUseTheFlatFormWithSeatYn()
    {
        var flatCgv = _server.ShowtimesOn(TestSandbox.Today).Where(s => s.ChainPath == "cgv" && s.StartsAt > TestSandbox.Morning.AddHours(3))
            .GroupBy(s => s.TheatreId).Select(g => g.First()).ToList();
        var forms = new List<JsonElement>();
        foreach (var showtime in flatCgv.Take(12))
        {
            forms.Add((await LayoutDataAsync(showtime)).GetProperty("seat_map")[0]);
        }

        Assert.Contains(forms, f => f.TryGetProperty("seat_rows", out _));
        var flat = forms.First(f => f.TryGetProperty("seat_yn", out _));
        Assert.Contains(flat.GetProperty("seat_yn").GetString(), new[] { "0", "1" });
        Assert.Equal(JsonValueKind.Number, flat.GetProperty("seat_status").ValueKind);
    }

    [Fact]
    public async Task GuestTokenIsRefused()
    {
        var showtime = Upcoming("xxi");

        using var response = await _tix.LayoutAsync("xxi", showtime.ShowTimeId, await _tix.GuestTokenAsync());

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task TokenStillWrappedInJsonQuotesIsRefused()
    {
        var showtime = Upcoming("xxi");
        var (access, _) = await _tix.LoginAsync();

        using var response = await _tix.LayoutAsync("xxi", showtime.ShowTimeId, JsonSerializer.Serialize(access));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task StartedShowtimeAnswersExpiredEventDetail()
    {
        var started = _server.ShowtimesOn(TestSandbox.Today).First(s => s.ChainPath == "xxi" && s.StartsAt <= TestSandbox.Morning);
        var (access, _) = await _tix.LoginAsync();

        using var response = await _tix.LayoutAsync("xxi", started.ShowTimeId, access);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "EXPIRED_EVENT_DETAIL");
    }

    [Theory]
    [InlineData("cgv")]
    [InlineData("cineplex")]
    public async Task WrongChainPathIsNotFound(string chainPath)
    {
        var showtime = Upcoming("xxi");
        var (access, _) = await _tix.LoginAsync();

        using var response = await _tix.LayoutAsync(chainPath, showtime.ShowTimeId, access);

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    private DayShowtime Upcoming(string chainPath) =>
        _server.ShowtimesOn(TestSandbox.Today).First(s => s.ChainPath == chainPath && s.Listed && s.StartsAt > TestSandbox.Morning.AddHours(3));

    private Task<JsonElement> LayoutDataAsync(string chainPath) => LayoutDataAsync(Upcoming(chainPath));

    private async Task<JsonElement> LayoutDataAsync(DayShowtime showtime)
    {
        var (access, _) = await _tix.LoginAsync();
        using var response = await _tix.LayoutAsync(showtime.ChainPath, showtime.ShowTimeId, access);
        response.EnsureSuccessStatusCode();
        var body = await TixClient.JsonAsync(response);
        Assert.True(body.GetProperty("success").GetBoolean());
        return body.GetProperty("data");
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await TixClient.JsonAsync(response);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(code, TixClient.ErrorCode(body));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetProperty("message").GetString()));
    }
}
