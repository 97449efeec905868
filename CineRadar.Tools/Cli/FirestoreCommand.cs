using System.CommandLine;
using CineRadar.Tools.Firestore;

namespace CineRadar.Tools.Cli;

/// <summary>
/// <c>cineradar-dev firestore serve</c>: hosts a <see cref="LocalFirestoreServer"/> until Ctrl+C, for services run with
/// <c>Store:Provider=Firestore</c> on this machine (the Firestore emulator cannot be downloaded here).
/// </summary>
internal static class FirestoreCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var indexes = new Option<FileInfo>("--indexes")
        {
            Description = "The firestore.indexes.json whose indexes serve queries; any query they do not cover is refused (400 FAILED_PRECONDITION).",
            Required = true,
        };
        indexes.AcceptExistingOnly();
        var project = new Option<string>("--project") { Description = "The project id the services are given (printed in their settings).", DefaultValueFactory = _ => "cineradar-dev" };
        var serve = new Command("serve", "Host a local Firestore (v1 REST, documents in memory) until Ctrl+C and print the settings that point the services at it.")
        {
            port, indexes, project,
        };
        serve.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(port) is < 0 or > 65535)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("cineradar: --port must be 0 to 65535.");
                return 1;
            }

            await using var server = await LocalFirestoreServer.StartAsync(
                FirestoreIndexes.Load(result.GetValue(indexes)!.FullName), result.GetValue(port), recordsExchanges: false);
            await output.WriteLineAsync($"Local Firestore on {server.BaseAddress} (project {result.GetValue(project)}); Ctrl+C stops it and its documents are gone.");
            await output.WriteLineAsync($"Services: Store__Provider=Firestore Store__Firestore__ProjectId={result.GetValue(project)} Store__Firestore__EmulatorHost={server.Host}");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });

        return new Command("firestore", "A local Firestore for development.") { serve };
    }
}
