using System.Reflection;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>
/// Where child processes find <c>cineradar.dll</c>: the Scraper project's own build output, recorded at build time.
/// Coverage rewrites the assemblies in this test's directory in place, and every process that loads them writes its
/// hits into one shared file at exit; a child still writing it when the collector reads made coverage fail the run.
/// </summary>
internal static class CliBinary
{
    public static string Path { get; } = Find();

    public static string Directory => System.IO.Path.GetDirectoryName(Path)!;

    private static string Find()
    {
        var path = typeof(CliBinary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "CineRadarCli")?.Value;
        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException($"The cineradar build output was not found ('{path}'); build CineRadar.Scraper first.");
        }

        return path;
    }
}
