using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>Keeps what a component logs from Information up, so that a test can wait until it has decided.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _entries.Enqueue(formatter(state, exception));
        }
    }

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource(timeout);
        while (_entries.Count < count)
        {
            await Task.Delay(20, stop.Token);
        }
    }
}
