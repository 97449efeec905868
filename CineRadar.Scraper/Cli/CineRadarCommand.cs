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

    /// <param name="sources">Where the commands find TIX.</param>
    /// <param name="extend">Adds commands of its own (the development tool's) before every action is guarded.</param>
    public static RootCommand Create(ITixSources sources, Action<RootCommand>? extend = null)
    {
        var root = new RootCommand("CineRadar scraper: collects TIX.id schedules and seat maps.") { Verbose };
        var worker = new Command("worker", "Run the scraper worker host (the default when no command is given).");
        worker.SetAction((_, cancellationToken) => WorkerHost.RunAsync([], cancellationToken));
        root.Subcommands.Add(worker);
        root.Subcommands.Add(InspectCommands.Layout());
        root.Subcommands.Add(InspectCommands.Schedule());
        root.Subcommands.Add(ScrapeCommand.Create(sources));
        root.Subcommands.Add(TokenCommand.Create(sources));
        root.Subcommands.Add(SeatsCommand.Create(sources));
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(TixCommand.Create(sources));
        root.Subcommands.Add(StoreCommand.Create());
        root.SetAction((_, cancellationToken) => WorkerHost.RunAsync([], cancellationToken));
        extend?.Invoke(root);
        CommandGuard.Apply(root, Verbose);
        return root;
    }
}
