using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// A command that fails ends with exit code 1 and one line on stderr naming the problem, never a stack trace, in every
/// command group; <c>--verbose</c> adds the details.
/// </summary>
public sealed class CliFailureTests
{
    public static TheoryData<string[]> StoreCommands => new()
    {
        new[] { "scrape", "schedules", "--city", "JAKARTA", "--source", "sandbox" },
        new[] { "seats", "run", "--source", "tix" },
        new[] { "keys", "list" },
        new[] { "keys", "create", "--name", "Studio Satu" },
        new[] { "token", "status", "--source", "tix" },
    };

    [Theory]
    [MemberData(nameof(StoreCommands))]
    public async Task StoreThatCannotBeOpenedEndsTheCommandWithOneLine(string[] command)
    {
        using var place = new UnopenableStore();

        var result = await CliProcess.RunAsync(place.Environment, command);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith($"cineradar: The SQLite store {place.Path} cannot be opened: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(--verbose for details)", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerboseFailureShowsTheDetailsAfterTheLine()
    {
        using var place = new UnopenableStore();

        var result = await CliProcess.RunAsync(place.Environment, "keys", "list", "--verbose");

        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Error);
        Assert.StartsWith($"cineradar: The SQLite store {place.Path} cannot be opened: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("CineRadar.Core.Stores.StoreUnavailableException", result.Error, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Data.Sqlite.SqliteException", result.Error, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at CineRadar.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("layout")]
    [InlineData("schedule")]
    public async Task FileThatCannotBeReadEndsTheCommandWithOneLine(string command)
    {
        var folder = Directory.CreateTempSubdirectory("cineradar-cli-");
        try
        {
            var result = await CliRunner.RunAsync(command, folder.FullName);

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith($"cineradar: cannot read {folder.Name}", Assert.Single(Lines(result.Error)), StringComparison.Ordinal);
            Assert.Empty(result.Output);
        }
        finally
        {
            folder.Delete();
        }
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>A folder where the store's database file should be: SQLite cannot open it.</summary>
    private sealed class UnopenableStore : IDisposable
    {
        private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("cineradar-cli-");

        public UnopenableStore() => Path = Directory.CreateDirectory(System.IO.Path.Combine(_root.FullName, "cineradar.db")).FullName;

        public string Path { get; }

        public Dictionary<string, string> Environment => new() { ["Store__Sqlite__Path"] = Path };

        public void Dispose() => _root.Delete(recursive: true);
    }
}
