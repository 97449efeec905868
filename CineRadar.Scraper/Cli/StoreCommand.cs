using System.CommandLine;
using CineRadar.Data;
using CineRadar.Data.Firestore;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Cli;

/// <summary><c>cineradar store indexes</c>: creates the Firestore indexes a deployment needs.</summary>
internal static class StoreCommand
{
    public static Command Create()
    {
        var store = new Command("store", "Set up the configured store.");
        var file = new Option<FileInfo>("--file")
        {
            Description = "The indexes file (the Firebase CLI's format).",
            DefaultValueFactory = _ => new FileInfo("firestore.indexes.json"),
        };
        var indexes = new Command("indexes", "Create the composite indexes and field exemptions of firestore.indexes.json in the configured Firestore database (Store:Firestore).") { file };
        indexes.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"cineradar: no indexes file at {path.FullName} (--file).");
                return 1;
            }

            using var host = CliHost.Build(new Dictionary<string, string?>(), result.GetValue(CineRadarCommand.Verbose));
            if (host.Services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider != StoreProvider.Firestore)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(
                    "cineradar: the configured store is not Firestore; set Store__Provider=Firestore and Store__Firestore__ProjectId (and credentials).");
                return 1;
            }

            var json = await File.ReadAllTextAsync(path.FullName, cancellationToken);
            await host.Services.GetRequiredService<FirestoreIndexDeployment>()
                .DeployAsync(json, line => output.WriteLineAsync(line), cancellationToken);
            return 0;
        });
        store.Subcommands.Add(indexes);
        return store;
    }
}
