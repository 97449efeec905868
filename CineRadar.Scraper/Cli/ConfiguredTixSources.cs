namespace CineRadar.Scraper.Cli;

/// <summary>
/// The deployed command line's only source: the configured TIX, with the configured account. The sandbox is refused
/// with the name of the development tool that starts it.
/// </summary>
internal sealed class ConfiguredTixSources : ITixSources
{
    public const string SandboxRefusal =
        "--source sandbox is for development: run the same command with cineradar-dev (dotnet run --project CineRadar.Tools --), which starts the TIX sandbox in-process.";

    public const string MissingCredentials =
        "no TIX credentials are configured: set Tix:Phone and Tix:Password (dotnet user-secrets set Tix:Phone ... --project CineRadar.Scraper, or the Tix__Phone and Tix__Password environment variables).";

    public Task<TixSource> StartAsync(string? choice, TextWriter output, CancellationToken cancellationToken)
    {
        if (choice == TixSourceOption.Sandbox)
        {
            throw new CommandRefusedException(SandboxRefusal);
        }

        return CliConfiguration.Read().HasTixCredentials()
            ? Task.FromResult(TixSource.Configured)
            : throw new CommandRefusedException(MissingCredentials);
    }
}
