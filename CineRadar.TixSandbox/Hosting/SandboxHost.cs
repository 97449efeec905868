using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using CineRadar.TixSandbox.Api;
using CineRadar.TixSandbox.App;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Diagnostics;
using CineRadar.TixSandbox.Faults;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Geocoding;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CineRadar.TixSandbox.Hosting;

/// <summary>
/// Builds the sandbox as one web application listening on two ports, the app's and the API's. The standalone program
/// and <see cref="SandboxServer"/> both come through here.
/// </summary>
internal static class SandboxHost
{
    public const string CorsPolicy = "tix-app";

    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--app-port"] = "Sandbox:AppPort",
        ["--api-port"] = "Sandbox:ApiPort",
        ["--seed"] = "Sandbox:Seed",
        ["--contract-seed"] = "Sandbox:Contract:Seed",
    };

    /// <summary>The standalone sandbox: settings from configuration (appsettings, environment, command line).</summary>
    public static WebApplication CreateStandalone(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        var options = builder.Configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
        return Build(builder, options, clock: null, origins =>
        {
            Console.WriteLine($"TIX sandbox app (app.tix.id):     {origins.AppUrl}");
            Console.WriteLine($"TIX sandbox API (api-b2b.tix.id): {origins.ApiUrl}");
        });
    }

    /// <summary>Builds the sandbox; <paramref name="started"/> runs once both ports are bound.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, SandboxOptions options, TimeProvider? clock, Action<SandboxOrigins>? started = null)
    {
        options.Validate();
        builder.AddServiceDefaults();
        AddSandboxServices(builder.Services, options, clock ?? TimeProvider.System);
        var (appListen, apiListen) = Listen(builder, options);

        var app = builder.Build();
        var origins = app.Services.GetRequiredService<SandboxOrigins>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            origins.Bind(options.AppPort == 0 ? "127.0.0.1" : "localhost", appListen().IPEndPoint!.Port, apiListen().IPEndPoint!.Port);
            started?.Invoke(origins);
        });

        app.UseWhen(context => origins.OriginOf(context) == SandboxOrigin.Api, api => api.UseCors(CorsPolicy));
        app.UseRouting();
        app.UseMiddleware<OriginGateMiddleware>();
        app.UseMiddleware<CountingMiddleware>();
        app.UseMiddleware<FaultMiddleware>();

        app.MapDefaultEndpoints();
        app.MapAppPages();
        app.MapCatalogApi(app.Services.GetRequiredService<SandboxContract>());
        app.MapLayoutApi();
        app.MapAuthApi();
        app.MapGeocoderApi();
        app.MapControlApi();
        return app;
    }

    private static void AddSandboxServices(IServiceCollection services, SandboxOptions options, TimeProvider baseClock)
    {
        var world = WorldGenerator.Generate(options.Seed, options.Catalog.FourthChain);
        var clock = new SandboxClock(baseClock, options.Clock.Offset, options.Clock.Speed);
        var origins = new SandboxOrigins(options.CorsOrigins);
        services.AddSingleton(options);
        services.AddSingleton(options.Tokens);
        services.AddSingleton(options.Geocoder);
        services.AddSingleton(world);
        services.AddSingleton(SandboxContract.For(options.Contract.Seed));
        services.AddSingleton(clock);
        services.AddSingleton(origins);
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<CityListings>();
        services.AddSingleton(sp => new TokenService(options.Tokens, clock));
        services.AddSingleton(sp => new GroundTruth(sp.GetRequiredService<CatalogStore>(), clock));
        services.AddSingleton<FaultControl>();
        services.AddSingleton(sp => new FaultInjector(sp.GetRequiredService<FaultControl>(), clock.Base));
        services.AddSingleton<RequestCounters>();
        services.AddSingleton<Geocoder>();
        services.AddSingleton<GeocoderPolicy>();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .SetIsOriginAllowed(origins.IsAllowedCorsOrigin)
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("authorization", "content-type", "accept", AppHeaders.Platform, AppHeaders.AppVersion, AppHeaders.DeviceId)
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }

    /// <summary>Binds both ports: 127.0.0.1 with a free port when the option says 0, else localhost (both loopbacks).</summary>
    private static (Func<ListenOptions> App, Func<ListenOptions> Api) Listen(WebApplicationBuilder builder, SandboxOptions options)
    {
        ListenOptions? app = null, api = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            void Bind(int port, Action<ListenOptions> keep)
            {
                if (port == 0)
                {
                    kestrel.Listen(IPAddress.Loopback, 0, keep);
                }
                else
                {
                    kestrel.ListenLocalhost(port, keep);
                }
            }

            Bind(options.AppPort, listen => app = listen);
            Bind(options.ApiPort, listen => api = listen);
        });
        return (() => app!, () => api!);
    }
}
