using CineRadar.TixSandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.TixSandbox.Tests;

/// <summary>A sandbox of its own for a test that changes its state (faults, clock, tokens), on a fake clock.</summary>
public sealed class TestSandbox : IAsyncDisposable
{
    /// <summary>Saturday 10 January 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 1, 10, 3, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 1, 10);

    private TestSandbox(SandboxServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Api = new HttpClient { BaseAddress = server.ApiUrl };
        Tix = new TixClient(Api, server.DemoAccount);
    }

    public SandboxServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Api { get; }

    public TixClient Tix { get; }

    public static async Task<TestSandbox> StartAsync(Action<SandboxOptions>? configure = null, DateTimeOffset? at = null)
    {
        var options = new SandboxOptions { AppPort = 0, ApiPort = 0, Seed = 20260110 };
        options.App.RenderDelayMilliseconds = 100;
        configure?.Invoke(options);
        var time = new FakeTimeProvider(at ?? Morning);
        return new TestSandbox(await SandboxServer.StartAsync(options, time), time);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
    }
}
