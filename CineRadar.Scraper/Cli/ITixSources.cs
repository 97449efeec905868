namespace CineRadar.Scraper.Cli;

/// <summary>
/// Where the commands find TIX. The deployed <c>cineradar</c> knows only the configured TIX
/// (<see cref="ConfiguredTixSources"/>); the development tool <c>cineradar-dev</c> adds the sandbox, started inside
/// the command, on the same command tree.
/// </summary>
internal interface ITixSources
{
    /// <summary>Starts the source named by <c>--source</c> (<paramref name="choice"/>, null when not given).</summary>
    /// <exception cref="CommandRefusedException">The source cannot be used here.</exception>
    Task<TixSource> StartAsync(string? choice, TextWriter output, CancellationToken cancellationToken);
}
