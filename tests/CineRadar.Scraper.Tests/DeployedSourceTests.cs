using CineRadar.Scraper.Cli;
using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// The deployed <c>cineradar</c> talks only to the configured TIX: it refuses the sandbox, naming the development tool
/// that starts it, and says how to configure the credentials it lacks; in both cases one line and exit code 1.
/// </summary>
public sealed class DeployedSourceTests : IDisposable
{
    private readonly SandboxCliPlace _place = new();

    public void Dispose() => _place.Dispose();

    [Theory]
    [InlineData("scrape", "schedules", "--city", "BANDUNG", "--source", "sandbox")]
    [InlineData("seats", "run", "--source", "sandbox")]
    [InlineData("tix", "probe", "--source", "sandbox")]
    [InlineData("token", "status", "--source", "sandbox")]
    public async Task SandboxSourceIsRefusedNamingCineRadarDev(params string[] command)
    {
        var result = await CliProcess.RunAsync(_place.Environment, command);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal($"cineradar: {ConfiguredTixSources.SandboxRefusal}", line);
        Assert.Contains("cineradar-dev", line, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.False(File.Exists(_place.DatabasePath), "nothing was written to the store");
    }

    [Fact]
    public async Task WithoutCredentialsTheCommandSaysHowToSetThem()
    {
        var result = await CliProcess.RunAsync(_place.Environment, "token", "status");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"cineradar: {ConfiguredTixSources.MissingCredentials}", result.Error.Trim());
        Assert.Contains("Tix__Phone", result.Error, StringComparison.Ordinal);
    }
}
