using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CineRadar.WebComponents.Live;

/// <summary>
/// Writes <c>text/event-stream</c>: each event as <c>event:</c> and <c>data:</c> lines, and a <c>: heartbeat</c>
/// comment whenever nothing was sent for a heartbeat interval. (<c>TypedResults.ServerSentEvents</c> writes no
/// comments, and an event would wake the page for nothing.)
/// </summary>
internal sealed class EventStreamWriter(HttpResponse response, TimeSpan heartbeat, TimeProvider clock)
{
    public const string Heartbeat = ": heartbeat\n\n";

    public async Task WriteAsync(Func<CancellationToken, IAsyncEnumerable<LiveEvent>> events, CancellationTokenSource stopping)
    {
        var token = stopping.Token;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var source = events(token).GetAsyncEnumerator(token);
        var next = source.MoveNextAsync().AsTask();
        try
        {
            await SendAsync(": open\n\n", token);
            while (true)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(token);
                var delay = Task.Delay(heartbeat, clock, beat.Token);
                var first = await Task.WhenAny(next, delay);
                await beat.CancelAsync();
                if (token.IsCancellationRequested)
                {
                    break;
                }

                if (first == delay)
                {
                    await SendAsync(Heartbeat, token);
                    continue;
                }

                if (!await next)
                {
                    break;
                }

                await SendAsync(Format(source.Current), token);
                next = source.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The browser left or the site is stopping: the stream just ends.
        }
        finally
        {
            await stopping.CancelAsync();
            await next.ContinueWith(static _ => { }, TaskScheduler.Default);
            await source.DisposeAsync();
        }
    }

    private static string Format(LiveEvent item) => $"event: {item.Type}\ndata: {item.Data}\n\n";

    private async Task SendAsync(string text, CancellationToken token)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), token);
        await response.Body.FlushAsync(token);
    }
}
