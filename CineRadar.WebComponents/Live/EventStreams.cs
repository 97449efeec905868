using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CineRadar.WebComponents.Live;

/// <summary>
/// The site's server-sent event streams: at most <see cref="LiveOptions.MaxStreams"/> open at once in this process (one
/// more is answered 503 with <c>Retry-After</c>, and the page falls back to refreshing itself), a heartbeat comment on
/// an idle stream, and every stream ended cleanly when the site shuts down.
/// </summary>
public sealed class EventStreams(IOptions<LiveOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock)
{
    /// <summary>How long a page refused for the cap waits before it tries again.</summary>
    public const int RetryAfterSeconds = 30;

    private int _open;

    /// <summary>Streams open now.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>A response that streams <paramref name="events"/> until they end, the browser leaves or the site stops.</summary>
    public IResult Stream(Func<CancellationToken, IAsyncEnumerable<LiveEvent>> events) => new EventStreamResult(this, events);

    private bool TryEnter()
    {
        if (Interlocked.Increment(ref _open) <= options.Value.MaxStreams)
        {
            return true;
        }

        Interlocked.Decrement(ref _open);
        return false;
    }

    private void Leave() => Interlocked.Decrement(ref _open);

    private sealed class EventStreamResult(EventStreams streams, Func<CancellationToken, IAsyncEnumerable<LiveEvent>> events) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            if (!streams.TryEnter())
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await http.Response.WriteAsync("Too many live pages are open; this page refreshes by itself for now.", http.RequestAborted);
                return;
            }

            try
            {
                using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, streams.ApplicationStopping);
                await new EventStreamWriter(http.Response, streams.HeartbeatInterval, streams.Clock)
                    .WriteAsync(events, stopping);
            }
            finally
            {
                streams.Leave();
            }
        }
    }

    private CancellationToken ApplicationStopping => lifetime.ApplicationStopping;

    private TimeSpan HeartbeatInterval => options.Value.HeartbeatInterval;

    private TimeProvider Clock => clock;
}
