using System.Reflection;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>
/// Where child processes find <c>cineradar.dll</c> and <c>cineradar-dev.dll</c>: their projects' own build output,
/// recorded at build time. Coverage rewrites the assemblies in this test's directory in place, and every process that
/// loads them writes its hits into one shared file at exit; a child still writing it when the collector reads made
/// coverage fail the run.
/// </summary>
internal sealed class CliBinary
{
    private CliBinary(string metadataKey, string project)
    {
        var path = typeof(CliBinary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == metadataKey)?.Value;
        Path = path is not null && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The build output of {project} was not found ('{path}'); build {project} first.");
    }

    /// <summary>The deployed command line (CineRadar.Scraper).</summary>
    public static CliBinary CineRadar { get; } = new("CineRadarCli", "CineRadar.Scraper");

    /// <summary>The development tool (CineRadar.Tools): the same commands with the sandbox in-process, and more.</summary>
    public static CliBinary Dev { get; } = new("CineRadarDevCli", "CineRadar.Tools");

    public string Path { get; }

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}
