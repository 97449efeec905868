namespace CineRadar.AppHost;

/// <summary>
/// <c>Deployment:Shape</c>: <c>Production</c> runs the deployed shape on this machine (run mode only): the Api, the
/// Scraper and the Admin as <see cref="Replicas"/> replicas each, on Firestore (the local Firestore host of
/// <c>cineradar-dev</c>, which refuses any query <c>firestore.indexes.json</c> does not cover), with Redis and the TIX
/// sandbox. Anything else (the default) is the development shape: one of each, on SQLite.
/// </summary>
internal static class DeploymentShape
{
    public const int Replicas = 2;

    /// <summary>The project id the services use on the local Firestore host (the host's default).</summary>
    public const string LocalFirestoreProject = "cineradar-dev";

    public static bool IsProduction(IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsRunMode
        && string.Equals(builder.Configuration["Deployment:Shape"], "Production", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the service as several replicas in the production shape.</summary>
    public static IResourceBuilder<ProjectResource> WithShapeReplicas(this IResourceBuilder<ProjectResource> service, IDistributedApplicationBuilder builder) =>
        IsProduction(builder) ? service.WithReplicas(Replicas) : service;

    /// <summary>
    /// The local Firestore host (<c>cineradar-dev firestore serve</c>) on a port DCP allocates, with the repository's
    /// indexes; never in the manifest. Aspire starts a project with <c>dotnet run</c> and hands it these arguments
    /// without a <c>--</c>, so none of them may be one of <c>dotnet run</c>'s own options (such as <c>--project</c>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddLocalFirestore(this IDistributedApplicationBuilder builder, string name)
    {
        var indexes = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "firestore.indexes.json"));
        var firestore = builder.AddProject<Projects.CineRadar_Tools>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "http", isProxied: false)
            .WithHttpHealthCheck("/health")
            .ExcludeFromManifest();
        var endpoint = firestore.GetEndpoint("http");
        return firestore.WithArgs(context =>
        {
            context.Args.Add("firestore");
            context.Args.Add("serve");
            context.Args.Add("--port");
            context.Args.Add(endpoint.Property(EndpointProperty.Port));
            context.Args.Add("--indexes");
            context.Args.Add(indexes);
        });
    }
}
