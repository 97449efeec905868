using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>A real redis-server (Debian's package) on a free loopback port, for the life of a test.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly int _port;
    private Process _process;
    private int _disposed;

    private RedisServer(Process process, int port)
    {
        _process = process;
        _port = port;
        Endpoint = $"127.0.0.1:{port}";
    }

    public string Endpoint { get; }

    public static async Task<RedisServer> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new RedisServer(Launch(port), port);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Endpoint);

    /// <summary>Kills the server, as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    /// <summary>Starts the server again on the same port, empty.</summary>
    public async Task RestartAsync()
    {
        Kill();
        _process.Dispose();
        _process = Launch(_port);
        await WaitUntilAnsweringAsync();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Kill();
        _process.Dispose();
    }

    private static Process Launch(int port)
    {
        var process = Process.Start(new ProcessStartInfo("redis-server", ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server could not be started (apt-get install redis-server).");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var probe = await ConnectionMultiplexer.ConnectAsync(Endpoint);
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(50);
            }
        }

        Dispose();
        throw new InvalidOperationException("redis-server did not start answering.");
    }
}
