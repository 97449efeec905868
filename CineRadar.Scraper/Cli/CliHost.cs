using Microsoft.Extensions.Logging.Console;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// The services a <c>cineradar</c> command runs with: the scraper's, on the same configuration as the worker
/// (appsettings beside the executable, environment, user secrets), with a command's own settings on top.
/// </summary>
[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = "Host start-up.")]
internal static class CliHost
{
    public static IHost Build(
        IReadOnlyDictionary<string, string?> overrides, bool verbose, TimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddUserSecrets(typeof(CliHost).Assembly, optional: true);
        builder.Configuration.AddInMemoryCollection(overrides);
        // Settings files say Information for the worker; a command is quiet unless asked.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = verbose ? "Information" : "Warning",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
            console.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        // Standard output carries what a command answers (a report, a key's secret, JSON); every log line goes to stderr.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.AddScraper();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        configure?.Invoke(builder.Services);

        return builder.Build();
    }
}
