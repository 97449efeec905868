namespace CineRadar.TixSandbox.Diagnostics;

/// <summary>Counts every request except the sandbox's controls and health checks, by route and final status.</summary>
internal sealed class CountingMiddleware(RequestDelegate next, RequestCounters counters)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/sandbox") || path.StartsWithSegments("/health") || path.StartsWithSegments("/alive"))
        {
            await next(context);
            return;
        }

        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var name = route is null ? "unmatched" : $"{context.Request.Method} /{route.TrimStart('/')}";
        try
        {
            await next(context);
        }
        finally
        {
            counters.Record(name, context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 0 : context.Response.StatusCode);
        }
    }
}
