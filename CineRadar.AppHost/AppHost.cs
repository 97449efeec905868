using CineRadar.AppHost;
using CineRadar.AppHost.Cache;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure
var cache = builder.AddCache("cache");
var store = StoreMode.Choose(builder);
var adminPassword = builder.AddParameter(
    "admin-password", new GenerateParameterDefault { MinLength = 20, Special = false }, secret: true, persist: true);
var publicApiKey = builder.AddParameter(
    "public-api-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var adminApiKey = builder.AddParameter(
    "admin-api-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

// Services
var api = builder.AddProject<Projects.CineRadar_Api>("api")
    .WithStore(store)
    .WithCache(cache)
    .WithEnvironment("ApiKeys__Services__public", publicApiKey)
    .WithEnvironment("ApiKeys__Services__admin", adminApiKey)
    .WithExternalHttpEndpoints() // B2B clients; Admin and Public reach it by service discovery
    .WithShapeReplicas(builder)
    .WithHttpHealthCheck("/health")
    .WithQuickShutdown();

var scraper = builder.AddProject<Projects.CineRadar_Scraper>("scraper")
    .WithStore(store)
    .WithCache(cache)
    .WithHttpHealthCheck("/health")
    .WithHttpCommand("/commands/run-sweep", "Run sweep now", commandOptions: new HttpCommandOptions
    {
        Description = "Queue a schedule sweep of every city TIX lists, in the store, as the daily sweep does.",
        IconName = "ArrowSync",
    })
    .PublishAsScraperImage()
    .WithShapeReplicas(builder)
    .WithQuickShutdown();

if (TixWiring.IsSandbox(builder))
{
    var sandbox = builder.AddTixSandbox("tix-sandbox").WithQuickShutdown();
    scraper.WithSandboxTix(sandbox);
    // Development only: webhooks may post to a local receiver (plain http, loopback) while TIX is the sandbox.
    api.WithEnvironment("Webhooks__AllowLocalTargets", "true");
    scraper.WithEnvironment("Webhooks__AllowLocalTargets", "true");
}
else
{
    var tixPhone = builder.AddParameter("tix-phone", secret: true);
    var tixPassword = builder.AddParameter("tix-password", secret: true);
    scraper.WithRealTix(tixPhone, tixPassword);
}

// Apps
builder.AddProject<Projects.CineRadar_Admin>("admin")
    .WithReference(api).WaitFor(api)
    .WithEnvironment("Api__Key", adminApiKey)
    .WithEnvironment("Admin__Users__0__Name", "admin")
    .WithEnvironment("Admin__Users__0__Role", "operator")
    .WithEnvironment("Admin__Users__0__Password", adminPassword)
    .WithShapeReplicas(builder)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithQuickShutdown();

builder.AddProject<Projects.CineRadar_Public>("public")
    .WithReference(api).WaitFor(api)
    .WithEnvironment("Api__Key", publicApiKey)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithQuickShutdown();

builder.Build().Run();
