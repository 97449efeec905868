using System.CommandLine;
using CineRadar.Scraper.Worker;

namespace CineRadar.Scraper.Cli;

/// <summary>The <c>cineradar</c> command line. With no command it runs the scraper worker host.</summary>
internal static class CineRadarCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CineRadar scraper: collects TIX.id schedules and seat maps.");
        var worker = new Command("worker", "Run the scraper worker host (the default when no command is given).");
        worker.SetAction((_, cancellationToken) => WorkerHost.RunAsync([], cancellationToken));
        root.Subcommands.Add(worker);
        root.Subcommands.Add(InspectCommands.Layout());
        root.Subcommands.Add(InspectCommands.Schedule());
        root.Subcommands.Add(ScrapeCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(SeatsCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.SetAction((_, cancellationToken) => WorkerHost.RunAsync([], cancellationToken));
        return root;
    }
}
