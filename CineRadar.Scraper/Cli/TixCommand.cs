using System.CommandLine;
using System.Text.Json;
using CineRadar.Core.Reference;
using CineRadar.Scraper.Probe;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// <c>cineradar tix probe</c>: drives TIX's app and makes a few read-only calls of its own, writes what it saw to a JSON
/// report and prints, for each assumption CineRadar makes about TIX, "confirmed", "different: …" or "not seen".
/// </summary>
internal static class TixCommand
{
    public static Command Create(ITixSources sources)
    {
        var source = TixSourceOption.Create();
        var city = CityOption("--city", "JAKARTA", "The city whose pages the app is driven through.");
        var zoneCity = CityOption("--zone-city", "MAKASSAR", "A city outside WIB, read for the evidence on display_time's zone.");
        var maxCalls = new Option<int>("--max-calls")
        {
            Description = $"The most API calls of its own the probe makes (1-{TixProbe.CallCeiling}; the app's own calls are recorded, not counted).",
            DefaultValueFactory = _ => TixProbe.CallCeiling,
        };
        maxCalls.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > TixProbe.CallCeiling)
            {
                r.AddError($"--max-calls must be between 1 and {TixProbe.CallCeiling}.");
            }
        });
        var report = new Option<FileInfo>("--report")
        {
            Description = "Where the JSON report is written.",
            DefaultValueFactory = _ => new FileInfo("tix-probe.json"),
        };

        var probe = new Command("probe", "Learn what TIX really does before the first sweep: read-only, at most 30 calls, tokens reused and never written.")
        {
            source, city, zoneCity, maxCalls, report,
        };
        probe.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var setup = await sources.StartAsync(result.GetValue(source), output, cancellationToken);
            using var host = CliHost.Build(setup.Settings, result.GetValue(CineRadarCommand.Verbose));
            var request = new ProbeRequest(Cities.FindByName(result.GetValue(city)!)!, Cities.FindByName(result.GetValue(zoneCity)!)!, result.GetValue(maxCalls));
            ProbeReport found;
            try
            {
                found = await host.Services.GetRequiredService<TixProbe>().RunAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or InvalidOperationException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"cineradar: the TIX app could not be driven: {ex.Message.Split('\n')[0]}");
                return 1;
            }

            var file = result.GetValue(report)!;
            await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(found, ProbeJsonContext.Default.ProbeReport), cancellationToken);
            await output.WriteAsync(found.Summary());
            await output.WriteLineAsync($"Report: {file.FullName}");
            return 0;
        });

        var tix = new Command("tix", "Look at TIX itself.");
        tix.Subcommands.Add(probe);
        return tix;
    }

    private static Option<string> CityOption(string name, string defaultCity, string description)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultCity };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (Cities.FindByName(value) is null)
            {
                r.AddError($"{name}: '{value}' is not one of the 83 cities (for example JAKARTA, MAKASSAR).");
            }
        });
        return option;
    }
}
