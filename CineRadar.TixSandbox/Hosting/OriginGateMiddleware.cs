namespace CineRadar.TixSandbox.Hosting;

/// <summary>Keeps each endpoint on its own origin: an app page asked for on the API port (or the reverse) is a 404.</summary>
internal sealed class OriginGateMiddleware(RequestDelegate next, SandboxOrigins origins)
{
    public Task InvokeAsync(HttpContext context)
    {
        var wanted = context.GetEndpoint()?.Metadata.GetMetadata<OriginMetadata>()?.Origin;
        if (wanted is not null && wanted != origins.OriginOf(context))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
