using CineRadar.Core.Tix;

namespace CineRadar.Core.Tests;

public sealed class TixErrorsTests
{
    [Theory]
    [InlineData("EXPIRED_EVENT_DETAIL", null, true)]
    [InlineData("UNAUTHORIZED", "EXPIRED_EVENT_DETAIL", true)]
    [InlineData(null, "event expired", true)]
    [InlineData("E401", "Event detail is expired", true)]
    [InlineData("BAD_REQUEST", "Show time has started", true)]
    [InlineData("INVALID_TOKEN", "token expired", false)]
    [InlineData("UNAUTHORIZED", null, false)]
    [InlineData(null, null, false)]
    public void ShowStartedIsReadFromTheCodeOrTheMessage(string? code, string? message, bool started) =>
        Assert.Equal(started, TixErrors.SaysShowStarted(code, message));

    [Fact]
    public void ErrorWithOnlyAMessageIsStillAnError() =>
        Assert.Equal((null, "event expired"), TixPayloads.ReadError("""{ "success": false, "error": { "message": "event expired" } }"""u8));
}
