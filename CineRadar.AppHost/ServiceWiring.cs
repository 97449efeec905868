namespace CineRadar.AppHost;

internal static class ServiceWiring
{
    /// <summary>
    /// The one SQLite file that the Api and the Scraper share. Aspire starts each project in its own folder, so a
    /// relative default would give each service its own empty database; the AppHost hands both the same full path.
    /// </summary>
    public static string SqliteStorePath(this IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration["Store:Sqlite:Path"]
            ?? Path.Combine(builder.AppHostDirectory, "..", "data", "cineradar.db"));

    public static IResourceBuilder<ProjectResource> WithSqliteStore(this IResourceBuilder<ProjectResource> service, string path) =>
        service
            .WithEnvironment("Store__Provider", "Sqlite")
            .WithEnvironment("Store__Sqlite__Path", path);

    /// <summary>References the cache and waits for it; with no cache the service keeps its memory cache.</summary>
    public static IResourceBuilder<ProjectResource> WithCache(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString>? cache) =>
        cache is null ? service : service.WithReference(cache).WaitFor(cache);

    /// <summary>Stops each service quickly: the telemetry exporter otherwise waits ~10 s on shutdown.</summary>
    public static IResourceBuilder<ProjectResource> WithQuickShutdown(this IResourceBuilder<ProjectResource> service) =>
        service.WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "1000");
}
