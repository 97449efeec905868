using System.Net;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Hosting;
using CineRadar.TixSandbox.Payloads;

namespace CineRadar.TixSandbox.Faults;

/// <summary>
/// Applies the planned faults to API endpoints that belong to a fault group: added latency (real time), connection
/// resets, 429 with <c>Retry-After</c>, 5xx, and malformed or truncated bodies.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector injector, FaultControl control, TokenService tokens)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var group = context.GetEndpoint()?.Metadata.GetMetadata<FaultGroupMetadata>()?.Group;
        if (group is null)
        {
            await next(context);
            return;
        }

        var plan = injector.Decide(group.Value, ClientOf(context));
        if (plan.Delay > TimeSpan.Zero)
        {
            await Task.Delay(plan.Delay, context.RequestAborted);
        }

        if (plan.Reset)
        {
            control.CountReset();
            context.Abort();
            return;
        }

        if (plan.RetryAfter is { } wait)
        {
            control.CountRateLimited();
            context.Response.Headers.RetryAfter = TokenBucket.RetryAfterHeader(wait);
            await ApiErrors.Error(StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests, "too many requests").ExecuteAsync(context);
            return;
        }

        if (plan.ServerError is { } status)
        {
            control.CountServerError();
            await ApiErrors.Error(status, ErrorCodes.InternalError, "internal server error").ExecuteAsync(context);
            return;
        }

        if (plan.Body == BodyFault.None)
        {
            await next(context);
            return;
        }

        await WriteDamagedBodyAsync(context, plan);
    }

    private async Task WriteDamagedBodyAsync(HttpContext context, FaultPlan plan)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = captured.ToArray();
        var cut = body.Length < 2 ? body.Length : 1 + (int)(plan.Roll % (ulong)(body.Length - 1));
        byte[] damaged;
        if (plan.Body == BodyFault.Truncated)
        {
            control.CountTruncated();
            damaged = body[..cut];
        }
        else
        {
            control.CountMalformed();
            damaged = [.. body[..cut], .. "{\"<"u8, .. body[cut..]];
        }

        context.Response.ContentLength = damaged.Length;
        await original.WriteAsync(damaged, context.RequestAborted);
    }

    /// <summary>The bearer's <c>sub</c> when it carries a valid signature, else the remote address.</summary>
    private string ClientOf(HttpContext context) =>
        tokens.Read(TokenService.BearerOf(context.Request))?.Subject
        ?? (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
}
