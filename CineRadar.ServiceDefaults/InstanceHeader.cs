using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Names the replica that answered: every response carries <c>X-CineRadar-Instance</c>, an id drawn once per process
/// (random, so it says nothing about the host), which the service also logs at start. With several replicas behind one
/// address it tells an operator, or a test, which one served a request.
/// </summary>
public sealed class InstanceHeader : IStartupFilter
{
    public const string Name = "X-CineRadar-Instance";

    /// <summary>This process's id.</summary>
    public static string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.Headers[Name] = Instance;
            return nextMiddleware(context);
        });
        next(app);
    };
}
