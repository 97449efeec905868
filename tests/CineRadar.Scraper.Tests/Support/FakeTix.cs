using System.Net;
using System.Text;
using CineRadar.Core.Stores;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Budget;
using CineRadar.Scraper.Tokens;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>
/// A TIX that answers what the test says (the refresh call, seat maps) and counts what it is asked, with a browser
/// login that hands out the tokens the test chooses: for the rules the sandbox cannot provoke, such as tokens that are
/// not JWTs or a seat map that answers 401 whatever the token. The scrapers built on it run on a <see cref="FakeTimeProvider"/>
/// and may share one SQLite store, as processes on one machine do.
/// </summary>
public sealed class FakeTix : IBrowserLogin, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-faketix-").FullName;
    private int _refreshes;
    private int _layouts;
    private int _logins;

    public FakeTix(DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? DateTimeOffset.Parse("2026-01-11T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        _handler = new Handler(this);
    }

    private readonly Handler _handler;

    public FakeTimeProvider Clock { get; }

    public string DatabasePath => Path.Combine(_directory, "cineradar.db");

    public int Refreshes => Volatile.Read(ref _refreshes);

    public int LayoutRequests => Volatile.Read(ref _layouts);

    public int Logins => Volatile.Read(ref _logins);

    /// <summary>Set when a scraper first finds the account's token lease held by another.</summary>
    public TaskCompletionSource AccountLeaseRefused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The answer to a seat-map request: status and body.</summary>
    public Func<(HttpStatusCode Status, string Body)> Layout { get; set; } = () => (HttpStatusCode.OK, NestedLayout);

    /// <summary>Awaited before the refresh answers, so a test can hold a refresh in the middle.</summary>
    public Func<Task> BeforeRefreshAnswers { get; set; } = () => Task.CompletedTask;

    /// <summary>The tokens the next browser login hands out: opaque ones, unless the test says otherwise.</summary>
    /// <summary>Awaited before login number n answers: a login that never answers is a process killed in the middle of it.</summary>
    public Func<int, CancellationToken, Task> BeforeLoginAnswers { get; set; } = (_, _) => Task.CompletedTask;

    public Func<int, TixTokenGrant> LoginGrant { get; set; } = n => new TixTokenGrant($"opaque-access-login-{n}", $"opaque-refresh-login-{n}");

    public const string NestedLayout = """
        { "success": true, "data": { "seat_map": [ { "seat_code": "A", "seat_rows": [ { "seat_row": "A1", "status": 1 }, { "seat_row": "A2", "status": 5 } ] } ] } }
        """;

    public static string Error(string code, string message) =>
        $$"""{ "success": false, "error": { "code": "{{code}}", "message": "{{message}}" } }""";

    /// <summary>A scraper on this TIX (not started: its services are used directly), on the shared store and clock.</summary>
    public IHost CreateScraper(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Sqlite:Path"] = DatabasePath,
            ["Tix:Source"] = "tix",
            ["Tix:ApiUrl"] = "http://api.tix.test",
            ["Tix:AppUrl"] = "http://app.tix.test",
            ["Tix:Phone"] = "+6281200000077",
            ["Tix:Password"] = "not-a-real-password",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddScraper();
        builder.Services.AddSingleton<IBrowserLogin>(this);
        var leases = builder.Services.Single(d => d.ServiceType == typeof(ILeaseStore));
        builder.Services.Remove(leases);
        builder.Services.AddSingleton<ILeaseStore>(sp => new WatchedLeases((ILeaseStore)ActivatorUtilities.CreateInstance(sp, leases.ImplementationType!), this));
        builder.Services.AddSingleton<IRequestBudget>(new UnlimitedBudget());
        builder.Services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = _handler));
        return builder.Build();
    }

    /// <summary>
    /// Moves the clock on by <paramref name="step"/> until <paramref name="task"/> ends: a scraper that waits for another's
    /// lease waits on the clock, and the test cannot know at which instant it started waiting.
    /// </summary>
    public async Task AdvanceUntilAsync(Task task, TimeSpan step)
    {
        for (var i = 0; i < 1000 && !task.IsCompleted; i++)
        {
            Clock.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }

        await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async Task<TixTokenGrant> LoginAsync(string phone, string password, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _logins);
        await BeforeLoginAnswers(n, cancellationToken);
        return LoginGrant(n);
    }

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path == "/v1/users/refresh")
        {
            var n = Interlocked.Increment(ref _refreshes);
            await BeforeRefreshAnswers();
            return Answer(HttpStatusCode.OK, $$"""{ "success": true, "data": { "token": "opaque-access-refresh-{{n}}" } }""");
        }

        if (request.Method == HttpMethod.Get && path.EndsWith("/layout", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _layouts);
            var (status, body) = Layout();
            return Answer(status, body);
        }

        return Answer(HttpStatusCode.NotFound, Error("NOT_FOUND", path));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, body.StartsWith('<') ? "text/html" : "application/json") };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>TIX's side of every HTTP client the scraper builds (the client factory never gets to dispose the fake).</summary>
    private sealed class Handler(FakeTix tix) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => tix.AnswerAsync(request);
    }

    private sealed class WatchedLeases(ILeaseStore inner, FakeTix tix) : ILeaseStore
    {
        public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
        {
            var acquired = await inner.TryAcquireAsync(name, owner, duration, cancellationToken);
            if (!acquired && name.StartsWith("tix-token:", StringComparison.Ordinal))
            {
                tix.AccountLeaseRefused.TrySetResult();
            }

            return acquired;
        }

        public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default) => inner.ReleaseAsync(name, owner, cancellationToken);
    }

    private sealed class UnlimitedBudget : IRequestBudget
    {
        public double RequestsPerSecond => double.PositiveInfinity;

        public ValueTask WaitAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
