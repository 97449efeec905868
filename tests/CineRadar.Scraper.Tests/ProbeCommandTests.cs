using System.Text.Json;
using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests;

/// <summary><c>cineradar tix probe</c> as a person runs it: its summary, its report file, and clear errors on bad input.</summary>
public sealed class ProbeCommandTests : IDisposable
{
    private readonly SandboxCliPlace _place = new();

    private Dictionary<string, string> Environment => _place.Environment;

    public void Dispose() => _place.Dispose();

    [Fact]
    public async Task ProbeOfTheSandboxWritesItsReportAndSaysWhatItCouldNotSee()
    {
        var report = Path.Combine(_place.Directory, "probe.json");

        var result = await CliProcess.RunDevAsync(Environment, "tix", "probe", "--city", "bandung", "--report", report);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("movie-list request: confirmed: the app calls /v1/movies?city_id={city}", result.Output, StringComparison.Ordinal);
        Assert.Contains("seat-map keys: not seen: no TIX token is stored (run 'cineradar token login' first)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Report: {report}", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal("BANDUNG", json.RootElement.GetProperty("city").GetString());
        Assert.InRange(json.RootElement.GetProperty("callsMade").GetInt32(), 1, 30);
        Assert.Contains(json.RootElement.GetProperty("appCalls").EnumerateArray(), c => c.GetProperty("path").GetString() == "/v1/cities");
    }

    [Theory]
    [InlineData("--max-calls", "31", "--max-calls must be between 1 and 30.")]
    [InlineData("--city", "ATLANTIS", "--city: 'ATLANTIS' is not one of the 83 cities (for example JAKARTA, MAKASSAR).")]
    public async Task BadInputIsRefusedBeforeAnythingRuns(string option, string value, string message)
    {
        var result = await CliRunner.RunAsync("tix", "probe", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
