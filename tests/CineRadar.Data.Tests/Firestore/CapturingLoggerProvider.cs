using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>Keeps every log line (message, structured values and exception) so a test can search them.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            provider.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {string.Join(" ", values.Select(v => $"{v.Key}={v.Value}"))} {exception}");
        }
    }
}
