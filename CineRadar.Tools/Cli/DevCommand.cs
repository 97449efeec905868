using System.CommandLine;
using CineRadar.Scraper.Cli;

namespace CineRadar.Tools.Cli;

/// <summary>
/// The <c>cineradar-dev</c> command line: the scraper's own command tree with the TIX sandbox as a source
/// (<see cref="SandboxTixSources"/>), plus <c>seats simulate-day</c> and <c>firestore serve</c>.
/// </summary>
internal static class DevCommand
{
    public static RootCommand Create() => CineRadarCommand.Create(new SandboxTixSources(), root =>
    {
        root.Description = "CineRadar development tool (never deployed): the cineradar commands with the TIX sandbox in-process, a simulated day, a local Firestore.";
        root.Subcommands.Single(c => c.Name == "seats").Subcommands.Add(SimulateDayCommand.Create());
        root.Subcommands.Add(FirestoreCommand.Create());
    });
}
