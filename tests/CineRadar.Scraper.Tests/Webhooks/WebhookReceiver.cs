using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CineRadar.Scraper.Tests.Webhooks;

/// <summary>
/// A real local HTTP receiver (Kestrel on a loopback port): <c>/ok</c> records what it got, <c>/flaky</c> answers 500
/// once then 200, <c>/redirect</c> answers 302 to <c>/ok</c>, <c>/endless</c> answers 200 with a body that never
/// ends, <c>/slow</c> waits 10 s before answering.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _flakyCalls;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, string Body, IHeaderDictionary Headers)> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/ok", async (HttpRequest request) => await receiver.RecordAsync(request, Results.Ok()));
        app.MapPost("/flaky", async (HttpRequest request) =>
            await receiver.RecordAsync(request, Interlocked.Increment(ref receiver._flakyCalls) == 1 ? Results.StatusCode(500) : Results.Ok()));
        app.MapPost("/redirect", async (HttpRequest request) => await receiver.RecordAsync(request, Results.Redirect("/ok")));
        app.MapPost("/endless", async (HttpContext context) =>
        {
            await receiver.RecordAsync(context.Request, Results.Empty);
            context.Response.StatusCode = 200;
            var chunk = new byte[8192];
            Array.Fill(chunk, (byte)'x');
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        app.MapPost("/slow", async (HttpContext context) =>
        {
            await receiver.RecordAsync(context.Request, Results.Empty);
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> RecordAsync(HttpRequest request, IResult result)
    {
        using var reader = new StreamReader(request.Body);
        // Kestrel reuses a request's header collection once it ends: keep a copy.
        var headers = new HeaderDictionary(request.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase));
        Received.Enqueue((request.Path.Value ?? "", await reader.ReadToEndAsync(), headers));
        return result;
    }
}
