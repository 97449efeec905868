using System.Globalization;
using CineRadar.TixSandbox;
using Microsoft.Extensions.Configuration;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// Where a command finds TIX. <c>tix</c> uses the configured app and API (real TIX.id by default); <c>sandbox</c>
/// starts the TIX sandbox inside the command and points the scraper at it with the sandbox's demo account. Without a
/// choice, the sandbox is used when no TIX phone and password are configured.
/// </summary>
internal sealed class TixSourceSetup : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;

    private TixSourceSetup(string name, IReadOnlyDictionary<string, string?> settings, SandboxServer? sandbox)
    {
        Name = name;
        Settings = settings;
        _sandbox = sandbox;
    }

    public string Name { get; }

    /// <summary>Configuration the command's host starts with.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<TixSourceSetup> StartAsync(string? choice, TextWriter output, CancellationToken cancellationToken)
    {
        var configured = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(TixSourceSetup).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();
        var hasCredentials = !string.IsNullOrWhiteSpace(configured["Tix:Phone"]) && !string.IsNullOrWhiteSpace(configured["Tix:Password"]);
        if ((choice ?? (hasCredentials ? "tix" : "sandbox")) == "tix")
        {
            return new TixSourceSetup("tix", new Dictionary<string, string?> { ["Tix:Source"] = "tix" }, null);
        }

        // The in-process sandbox may speak a drifted contract (Sandbox__Contract__Seed); the scraper only passes it on.
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0 };
        options.Contract.Seed = configured.GetValue<long>("Sandbox:Contract:Seed");
        var sandbox = await SandboxServer.StartAsync(options, ct: cancellationToken);
        await output.WriteLineAsync($"Sandbox started in-process: app {sandbox.AppUrl}, API {sandbox.ApiUrl}");
        return new TixSourceSetup("sandbox", SettingsFor(sandbox), sandbox);
    }

    /// <summary>The scraper settings that point at a running sandbox.</summary>
    public static Dictionary<string, string?> SettingsFor(SandboxServer sandbox) => new()
    {
        ["Tix:Source"] = "sandbox",
        ["Tix:AppUrl"] = sandbox.AppUrl.ToString(),
        ["Tix:ApiUrl"] = sandbox.ApiUrl.ToString(),
        ["Tix:Phone"] = sandbox.DemoAccount.Phone,
        ["Tix:Password"] = sandbox.DemoAccount.Password,
        ["Tix:Browser:RenderWait"] = TimeSpan.FromSeconds(1).ToString("c", CultureInfo.InvariantCulture),
        ["Geocoder:BaseUrl"] = new Uri(sandbox.ApiUrl, "nominatim/").ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
