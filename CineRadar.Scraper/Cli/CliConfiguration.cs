using Microsoft.Extensions.Configuration;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// The configuration a command sees before its host starts (appsettings beside the executable, the Scraper's user
/// secrets, environment), read to choose its TIX source.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Read() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddUserSecrets(typeof(CliConfiguration).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static bool HasTixCredentials(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Tix:Phone"]) && !string.IsNullOrWhiteSpace(configuration["Tix:Password"]);
}
