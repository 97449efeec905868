using CineRadar.Scraper.Cli;
using CineRadar.TixSandbox;
using Microsoft.Extensions.Configuration;

namespace CineRadar.Tools.Cli;

/// <summary>
/// The development tool's sources: <c>sandbox</c> starts the TIX sandbox inside the command and points the scraper at
/// it with the sandbox's demo account; <c>tix</c> is the deployed command line's. Without a choice, the sandbox is used
/// when no TIX phone and password are configured.
/// </summary>
internal sealed class SandboxTixSources : ITixSources
{
    private readonly ConfiguredTixSources _configured = new();

    public async Task<TixSource> StartAsync(string? choice, TextWriter output, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Read();
        if ((choice ?? (configuration.HasTixCredentials() ? TixSourceOption.Tix : TixSourceOption.Sandbox)) == TixSourceOption.Tix)
        {
            return await _configured.StartAsync(TixSourceOption.Tix, output, cancellationToken);
        }

        // The in-process sandbox may speak a drifted contract (Sandbox__Contract__Seed); the scraper only passes it on.
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0 };
        options.Contract.Seed = configuration.GetValue<long>("Sandbox:Contract:Seed");
        var sandbox = await SandboxServer.StartAsync(options, ct: cancellationToken);
        await output.WriteLineAsync($"Sandbox started in-process: app {sandbox.AppUrl}, API {sandbox.ApiUrl}");
        return new TixSource(TixSourceOption.Sandbox, SandboxSettings.For(sandbox), sandbox);
    }
}
