using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CineRadar.Core.Webhooks;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Webhooks;

/// <summary>
/// Posts one delivery, signed, once: https only (unless local targets are allowed for development), every request on a
/// fresh connection through <see cref="CheckedConnection"/>, no redirect followed (a 3xx is a failure), at most
/// <see cref="WebhookOptions.Timeout"/> in all and at most <see cref="WebhookOptions.MaxResponseBytes"/> of the answer
/// read. No retry here: the outbox schedules the next attempt.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string EventHeader = "X-CineRadar-Event";
    public const string DeliveryHeader = "X-CineRadar-Delivery";

    private readonly HttpClient _http;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _clock;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var allowLocal = _options.AllowLocalTargets;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.Zero,
            ConnectTimeout = _options.Timeout,
            MaxResponseHeadersLength = 16,
            ConnectCallback = (context, ct) => CheckedConnection.ConnectAsync(context.DnsEndPoint, allowLocal, ct),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<WebhookAttempt> SendAsync(WebhookDelivery delivery, string url, string secret, CancellationToken cancellationToken)
    {
        var started = _clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            if (WebhookTargets.Problem(url, _options.AllowLocalTargets) is { } problem)
            {
                return Attempt(null, problem);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.ConnectionClose = true;
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("CineRadar-Webhooks", "1.0"));
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, delivery.Body, started));
            request.Headers.Add(EventHeader, delivery.Event);
            request.Headers.Add(DeliveryHeader, delivery.Id);

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var excerpt = await ReadCappedAsync(response, timeout.Token);
            return status switch
            {
                >= 200 and < 300 => Attempt(status, null),
                >= 300 and < 400 => Attempt(status, $"HTTP {status}: redirects are not followed" + (response.Headers.Location is { } to ? $" (to {to})" : "")),
                _ => Attempt(status, $"HTTP {status}" + (excerpt.Length == 0 ? "" : $": {excerpt}")),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Attempt(null, $"no answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            var refused = FindRefusal(ex);
            return Attempt(null, refused?.Message ?? ex.Message);
        }

        WebhookAttempt Attempt(int? status, string? error) => new(started, status, error, (int)watch.ElapsedMilliseconds);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>At most the cap of the answer, as text for the log; the rest is never read.</summary>
    private async Task<string> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[_options.MaxResponseBytes];
        var read = 0;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            while (read < buffer.Length)
            {
                var n = await body.ReadAsync(buffer.AsMemory(read), cancellationToken);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The status decides the attempt; an answer whose body breaks off is still an answer.
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read).ReplaceLineEndings(" ").Trim();
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    private static WebhookTargetRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is WebhookTargetRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
