namespace CineRadar.Scraper.Tests.Support;

/// <summary>
/// A folder with a store file of its own, and the environment of a <c>cineradar-dev</c> command that has no TIX
/// credentials and so starts the sandbox inside itself.
/// </summary>
internal sealed class SandboxCliPlace : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("cineradar-cli-").FullName;

    public string DatabasePath => Path.Combine(Directory, "cineradar.db");

    public Dictionary<string, string> Environment => new()
    {
        ["Store__Sqlite__Path"] = DatabasePath,
        ["Tix__Phone"] = "",
        ["Tix__Password"] = "",
    };

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
