using CineRadar.Scraper.Tests.Support;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// A command that fails ends with exit code 1 and one line on stderr naming the problem, never a stack trace, in every
/// command group; <c>--verbose</c> adds the details.
/// </summary>
public sealed class CliFailureTests
{
    /// <summary>The commands, and whether they run in <c>cineradar-dev</c> (a sweep reaches the store only from a TIX it can read).</summary>
    public static TheoryData<bool, string[]> StoreCommands => new()
    {
        { true, new[] { "scrape", "schedules", "--city", "JAKARTA", "--source", "sandbox" } },
        { false, new[] { "seats", "run", "--source", "tix" } },
        { false, new[] { "keys", "list" } },
        { false, new[] { "keys", "create", "--name", "Studio Satu" } },
        { false, new[] { "token", "status", "--source", "tix" } },
    };

    [Theory]
    [MemberData(nameof(StoreCommands))]
    public async Task StoreThatCannotBeOpenedEndsTheCommandWithOneLine(bool dev, string[] command)
    {
        using var place = new UnopenableStore();

        var result = await CliProcess.RunAsync(dev ? CliBinary.Dev : CliBinary.CineRadar, place.Environment, TimeSpan.FromMinutes(3), command);

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

        /// <summary>The store here, and credentials (never used) so that a command on TIX gets as far as the store.</summary>
        public Dictionary<string, string> Environment => new()
        {
            ["Store__Sqlite__Path"] = Path,
            ["Tix__Phone"] = "081200000000",
            ["Tix__Password"] = "unused",
        };

        public void Dispose() => _root.Delete(recursive: true);
    }
}
