using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Hosting;

namespace CineRadar.TixSandbox;

/// <summary>The demo TIX account the sandbox accepts (phone with country code, e.g. <c>+6281200000077</c>).</summary>
public sealed record SandboxAccount(string Phone, string Password);

/// <summary>
/// The whole sandbox started in-process (tests, benchmarks): the app and the API on two origins, with direct access
/// to the ground truth, the fault and clock controls and the request counters.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, SandboxOptions options)
    {
        _app = app;
        var origins = app.Services.GetRequiredService<SandboxOrigins>();
        AppUrl = new Uri(origins.AppUrl + "/");
        ApiUrl = new Uri(origins.ApiUrl + "/");
        DemoAccount = new SandboxAccount(options.DemoAccount.Phone, options.DemoAccount.Password);
        Clock = app.Services.GetRequiredService<SandboxClock>();
        Faults = app.Services.GetRequiredService<FaultControl>();
        Truth = app.Services.GetRequiredService<GroundTruth>();
        Counters = app.Services.GetRequiredService<RequestCounters>();
        Contract = app.Services.GetRequiredService<SandboxContract>();
    }

    /// <summary>The contract the sandbox speaks (<c>Sandbox:Contract:Seed</c>); only tests read it, never the scraper.</summary>
    public SandboxContract Contract { get; }

    /// <summary>The app's origin (imitating https://app.tix.id), with a trailing slash.</summary>
    public Uri AppUrl { get; }

    /// <summary>The API's origin (imitating https://api-b2b.tix.id), with a trailing slash.</summary>
    public Uri ApiUrl { get; }

    public SandboxAccount DemoAccount { get; }

    /// <summary>The sandbox's clock: <see cref="SandboxClock.Set"/> changes its offset and speed.</summary>
    public SandboxClock Clock { get; }

    public FaultControl Faults { get; }

    public GroundTruth Truth { get; }

    public RequestCounters Counters { get; }

    /// <summary>
    /// Starts the sandbox on 127.0.0.1 (dynamic ports when the options say 0). With a <paramref name="clock"/> (such
    /// as a FakeTimeProvider driving a simulated day) the sandbox's time is that clock's, with the options' offset and
    /// speed applied on top (identity by default); rate limits then run on it unscaled.
    /// </summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        // Hosted inside another program, whose settings files sit in the same folder: configured by options alone, and
        // quiet about its own lifetime.
        builder.Configuration.Sources.Clear();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        var app = SandboxHost.Build(builder, options, clock);
        await app.StartAsync(ct);
        return new SandboxServer(app, options);
    }

    /// <summary>True sold seats of a showtime at an instant (blocked seats excluded; the final admissions from its start on).</summary>
    public int SoldAt(string showTimeId, DateTimeOffset at) => Truth.SoldAt(showTimeId, at);

    /// <summary>Every showtime of a WIB date with its start and final admissions.</summary>
    public IReadOnlyList<DayShowtime> ShowtimesOn(DateOnly date) => Truth.Day(date);

    /// <summary>Forced expiry: every token of the chosen kinds issued so far answers 401 from now on.</summary>
    public void ExpireTokens(bool access = true, bool refresh = false, bool guest = false) =>
        _app.Services.GetRequiredService<TokenService>().ExpireIssued(access, refresh, guest);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
