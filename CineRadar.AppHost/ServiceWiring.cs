namespace CineRadar.AppHost;

internal static class ServiceWiring
{
    /// <summary>Hands the service the store the Api and the Scraper share (<see cref="StoreMode"/>).</summary>
    public static IResourceBuilder<ProjectResource> WithStore(this IResourceBuilder<ProjectResource> service, StoreMode store) =>
        store.ApplyTo(service);

    /// <summary>References the cache and waits for it; with no cache the service keeps its memory cache.</summary>
    public static IResourceBuilder<ProjectResource> WithCache(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString>? cache) =>
        cache is null ? service : service.WithReference(cache).WaitFor(cache);

    /// <summary>
    /// In publish mode the scraper ships as the image its Dockerfile builds (Debian, Chromium, the self-contained
    /// scraper, a non-root user), built from the repository root; the default .NET image has no browser.
    /// </summary>
    public static IResourceBuilder<ProjectResource> PublishAsScraperImage(this IResourceBuilder<ProjectResource> scraper) =>
        scraper.PublishAsDockerFile(container => container.WithDockerfile("..", Path.Combine("CineRadar.Scraper", "Dockerfile")));

    /// <summary>Stops each service quickly: the telemetry exporter otherwise waits ~10 s on shutdown.</summary>
    public static IResourceBuilder<ProjectResource> WithQuickShutdown(this IResourceBuilder<ProjectResource> service) =>
        service.WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "1000");
}
