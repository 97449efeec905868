using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary><c>cineradar scrape schedules</c> as a person runs it: its own sandbox, plain progress lines, exit codes.</summary>
public sealed class ScrapeCommandTests : IDisposable
{
    private readonly SandboxCliPlace _place = new();

    private Dictionary<string, string> Environment => _place.Environment;

    public void Dispose() => _place.Dispose();

    [Fact]
    public async Task SweepOfTwoCitiesPrintsProgressAndExitsWithZero()
    {
        var result = await CliProcess.RunDevAsync(Environment, "scrape", "schedules", "--city", "bandung", "--city", "973818514898948096", "--rate", "100");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("Sandbox started in-process", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Run ", StringComparison.Ordinal) && l.Contains("2 cities", StringComparison.Ordinal) && l.EndsWith("source sandbox", StringComparison.Ordinal));
        Assert.Matches(@"^success: 2/2 cities \(ok 2, empty 0, failed 0\), \d+ showtimes, \d+ requests$", lines[^1]);
        await using var store = TestStore.Open(_place.DatabasePath);
        var entry = Assert.Single(await store.GetRequiredService<Core.Stores.IAuditStore>().ListAsync(10));
        Assert.Equal((Core.Operations.AuditActions.RunQueue, "cli"), (entry.Action, entry.Role));
        Assert.StartsWith("schedules BANDUNG, ", entry.Detail, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task UnknownCityExitsWithOneAndOneClearLine()
    {
        var result = await CliProcess.RunDevAsync(Environment, "scrape", "schedules", "--city", "ATLANTIS");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cineradar: 'ATLANTIS' is not a TIX city (try a name such as JAKARTA or a TIX city id).", result.Error.Trim());
    }

    [Fact]
    public async Task BadDaysExitWithOne()
    {
        var result = await CliProcess.RunDevAsync(Environment, "scrape", "schedules", "--days", "40");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cineradar: --days must be 1 to 14", result.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenStatusBeforeAnyLoginSaysSo()
    {
        var result = await CliProcess.RunDevAsync(Environment, "token", "status");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No TIX token is stored yet", result.Output, StringComparison.Ordinal);
    }
}
