using CineRadar.WebComponents.Navigation;

namespace CineRadar.WebComponents.Tests;

public sealed class UrlDayTests
{
    [Fact]
    public void ADayIsWrittenYearMonthDay()
    {
        Assert.Equal("2026-01-05", UrlDay.Write(new DateOnly(2026, 1, 5)));
        Assert.Null(UrlDay.Write(null));
    }

    [Theory]
    [InlineData("2026-01-05", true)]
    [InlineData("2026-1-5", false)]
    [InlineData("05/01/2026", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyYearMonthDayIsRead(string? text, bool read)
    {
        Assert.Equal(read, UrlDay.TryRead(text, out var day));
        if (read)
        {
            Assert.Equal(new DateOnly(2026, 1, 5), day);
        }
    }
}
