namespace CineRadar.Scraper.Cli;

/// <summary>A command that cannot run as asked; <see cref="CommandGuard"/> prints its message alone and exits with 1.</summary>
internal sealed class CommandRefusedException(string message) : Exception(message);
