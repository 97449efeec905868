using System.CommandLine;
using CineRadar.Scraper.Worker;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// The <c>cineradar</c> command line. With no command it runs the scraper worker host. Every command that fails prints
/// one line on stderr and exits with 1 (<see cref="CommandGuard"/>).
/// </summary>
internal static class CineRadarCommand
{
    /// <summary>On every command: log every step, and print the whole exception when a command fails.</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Log every step, and print the details of a failure.", Recursive = true };

    public static RootCommand Create()
    {
        var root = new RootCommand("CineRadar scraper: collects TIX.id schedules and seat maps.") { Verbose };
        var worker = new Command("worker", "Run the scraper worker host (the default when no command is given).");
        worker.SetAction((_, cancellationToken) => WorkerHost.RunAsync([], cancellationToken));
        root.Subcommands.Add(worker);
        root.Subcommands.Add(InspectCommands.Layout());
        root.Subcommands.Add(InspectCommands.Schedule());
        root.Subcommands.Add(ScrapeCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(SeatsCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(TixCommand.Create());
        root.Subcommands.Add(StoreCommand.Create());
        root.SetAction((_, cancellationToken) => WorkerHost.RunAsync([], cancellationToken));
        CommandGuard.Apply(root, Verbose);
        return root;
    }
}
