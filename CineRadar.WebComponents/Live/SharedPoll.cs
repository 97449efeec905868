using System.Threading.Channels;
using CineRadar.WebComponents.Api;
using Microsoft.Extensions.Logging;

namespace CineRadar.WebComponents.Live;

/// <summary>What a <see cref="SharedPoll{T}"/> read, with the stamp that tells one reading from another.</summary>
public sealed record Stamped<T>(string Stamp, T Value);

/// <summary>
/// One watcher of one thing in the Api (the data version, a run) for every page that streams it from this process:
/// it asks the Api every <c>interval</c> while anyone is subscribed, never otherwise, and hands each subscriber the
/// latest reading whose stamp changed (a subscriber that falls behind gets only the newest). A failed read is logged
/// and tried again at the next interval.
/// </summary>
public sealed class SharedPoll<T>(
    Func<CancellationToken, Task<T>> read, Func<T, string> stamp, TimeSpan interval, TimeProvider clock, ILogger logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<Channel<Stamped<T>>> _subscribers = [];
    private CancellationTokenSource? _watching;
    private Stamped<T>? _latest;

    /// <summary>The latest reading while anyone watches; null when no one does (it may be stale by then).</summary>
    public Stamped<T>? Latest
    {
        get
        {
            lock (_gate)
            {
                return _watching is null ? null : _latest;
            }
        }
    }

    /// <summary>Whether anyone is subscribed.</summary>
    public bool IsWatched
    {
        get
        {
            lock (_gate)
            {
                return _watching is not null;
            }
        }
    }

    /// <summary>The readings from now on, starting with the latest one known; ends when <paramref name="cancellationToken"/> does.</summary>
    public async IAsyncEnumerable<Stamped<T>> WatchAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Stamped<T>>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        Subscribe(channel);
        try
        {
            await foreach (var reading in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return reading;
            }
        }
        finally
        {
            Unsubscribe(channel);
        }
    }

    private void Subscribe(Channel<Stamped<T>> channel)
    {
        lock (_gate)
        {
            _subscribers.Add(channel);
            if (_watching is not null)
            {
                if (_latest is not null)
                {
                    channel.Writer.TryWrite(_latest);
                }

                return;
            }

            _watching = new CancellationTokenSource();
            _latest = null;
            var token = _watching.Token;
            using (ExecutionContext.SuppressFlow())
            {
                // The loop outlives the request that started it: it takes nothing of that request's context.
                _ = Task.Run(() => LoopAsync(token), CancellationToken.None);
            }
        }
    }

    private void Unsubscribe(Channel<Stamped<T>> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
            if (_subscribers.Count == 0)
            {
                StopWatching();
            }
        }
    }

    /// <summary>Stops asking the Api (the site is stopping).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            StopWatching();
        }
    }

    private void StopWatching()
    {
        if (_watching is { } watching)
        {
            watching.Cancel();
            watching.Dispose();
            _watching = null;
        }
    }

    private async Task LoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                Publish(await read(token), token);
            }
            catch (ApiException ex)
            {
                logger.LogWarning("A live page's watch could not read the Api: {Reason}", ex.Message);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await Task.Delay(interval, clock, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Publish(T value, CancellationToken token)
    {
        var reading = new Stamped<T>(stamp(value), value);
        lock (_gate)
        {
            if (token.IsCancellationRequested || reading.Stamp == _latest?.Stamp)
            {
                return;
            }

            _latest = reading;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(reading);
            }
        }
    }
}
