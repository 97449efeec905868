using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CineRadar.AppHost.Cache;

/// <summary>How the <c>cache</c> resource is provided on this machine.</summary>
internal enum CacheMode
{
    /// <summary>The Redis container (publish mode, or run mode where a container runtime answers).</summary>
    Container,

    /// <summary>The machine's <c>redis-server</c> binary as an executable resource.</summary>
    Local,

    /// <summary>No Redis: services run on their in-memory cache.</summary>
    None,
}

internal static class CacheResourceExtensions
{
    /// <summary>
    /// Adds the shared Redis cache. Setting <c>Cache:Mode</c> (container | local | none) overrides the choice;
    /// by default publish mode declares the container, and run mode uses redis-server when it is on PATH,
    /// else a container when a container runtime answers, else nothing (and says why in the dashboard).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString>? AddCache(this IDistributedApplicationBuilder builder, string name)
    {
        var (mode, reason) = ChooseMode(builder);
        switch (mode)
        {
            case CacheMode.Container:
                return builder.AddRedis(name);
            case CacheMode.Local:
                return builder.AddLocalRedis(name);
            default:
                builder.AddResource(new UnavailableCacheResource(name, reason))
                    .WithInitialState(new CustomResourceSnapshot
                    {
                        ResourceType = "Redis",
                        State = new ResourceStateSnapshot($"Not running: {reason}", KnownResourceStateStyles.Warn),
                        Properties = [new("cache.reason", reason)],
                    })
                    .ExcludeFromManifest();
                return null;
        }
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        var redis = new LocalRedisResource(name, "redis-server", builder.AppHostDirectory);
        var healthCheckKey = $"{name}-ping";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new RedisPingHealthCheck(redis), failureStatus: null, tags: null));

        return builder.AddResource(redis)
            .WithEndpoint(name: LocalRedisResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(redis.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--save");
                context.Args.Add("");
                context.Args.Add("--appendonly");
                context.Args.Add("no");
            })
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }

    private static (CacheMode Mode, string Reason) ChooseMode(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["Cache:Mode"];
        if (Enum.TryParse<CacheMode>(configured, ignoreCase: true, out var forced))
        {
            return (forced, $"Cache:Mode is set to {forced}");
        }

        if (builder.ExecutionContext.IsPublishMode)
        {
            return (CacheMode.Container, "publish mode");
        }

        if (FindOnPath("redis-server") is not null)
        {
            return (CacheMode.Local, "redis-server found on PATH");
        }

        return ContainerRuntimeAnswers()
            ? (CacheMode.Container, "a container runtime answers")
            : (CacheMode.None, "redis-server is not installed (apt-get install redis-server) and no container runtime answers");
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);

    private static bool ContainerRuntimeAnswers()
    {
        if (FindOnPath("docker") is not { } docker)
        {
            return false;
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(docker, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();

            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
